import "server-only";
import type { NextRequest } from "next/server";
import { describeWait } from "./attempt-throttle";
import { signInThrottle } from "./attempt-throttles";
import { handlers } from "./auth";
import { readClientAddress } from "./client-address";

/**
 * Auth.js's own endpoints under /api/auth, with two changes: a credentials
 * sign-in posted straight to the API while throttled is answered
 * 429 Too Many Requests with Retry-After (Auth.js would redirect to the
 * sign-in page), before any password is checked; and the session endpoint
 * tells a script only when the session expires, never the id of its row.
 */
export async function handleAuthGet(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  if (!request.nextUrl.pathname.endsWith("/session") || !response.ok) return response;
  return withoutSessionId(response);
}

/** The server-side session id is for the server (current-account.ts reads it through session-of-request.ts); the browser has no use for it. */
async function withoutSessionId(response: Response): Promise<Response> {
  const session = (await response.json()) as { expires?: string } | null;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(session ? { expires: session.expires } : null), { status: response.status, headers });
}

export async function handleAuthPost(request: NextRequest): Promise<Response> {
  if (!request.nextUrl.pathname.endsWith("/callback/credentials")) return handlers.POST(request);

  const form = await request.clone().formData().catch(() => null);
  const email = form?.get("email");
  const subject = { account: typeof email === "string" ? email : "", address: readClientAddress(request.headers) };
  const throttle = await signInThrottle();
  const waitBefore = await throttle.retryAfterSeconds(subject);
  if (waitBefore > 0) return tooManyAttempts(waitBefore);

  const response = await handlers.POST(request);
  // authorize() may have been the one to find the limit reached.
  if (redirectCode(response) === "throttled") return tooManyAttempts(Math.max(1, await throttle.retryAfterSeconds(subject)));
  return response;
}

function redirectCode(response: Response): string | null {
  const location = response.headers.get("location");
  if (!location) return null;
  return new URL(location, "http://privacy-center.invalid").searchParams.get("code");
}

function tooManyAttempts(retryAfterSeconds: number): Response {
  return Response.json(
    { error: "too_many_attempts", message: `Too many attempts, try again in ${describeWait(retryAfterSeconds)}.`, retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
