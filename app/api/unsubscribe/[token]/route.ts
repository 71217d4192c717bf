// The address in every promotional email's List-Unsubscribe header: POST is the one-click opt-out, GET leads to the page that asks.
// The handlers live with the feature (features/unsubscribe/one-click-route.ts).
export { handleOneClickGet as GET, handleOneClickPost as POST } from "@/features/unsubscribe/one-click-route";

export const dynamic = "force-dynamic";
