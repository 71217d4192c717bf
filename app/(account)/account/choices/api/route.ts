// The toggles' API; the handlers live with the feature (features/preferences).
export { GET, POST } from "@/features/preferences/choices-route-handlers";
