// "Download your data": the handler lives with the dashboard (features/dashboard/download-route.ts).
export { downloadYourData as GET } from "@/features/dashboard/download-route";
