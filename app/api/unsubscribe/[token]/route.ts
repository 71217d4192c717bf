import { handleOneClickGet, handleOneClickPost } from "@/features/unsubscribe/one-click-route";

// The address in every promotional email's List-Unsubscribe header: POST is the one-click opt-out, GET leads to the page that asks.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

export function POST(request: Request, context: Context): Promise<Response> {
  return handleOneClickPost(request, context);
}

export function GET(request: Request, context: Context): Promise<Response> {
  return handleOneClickGet(request, context);
}
