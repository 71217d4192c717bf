import "server-only";
import type { NextRequest } from "next/server";
import { describeWait } from "./attempt-throttle";
import { signInThrottle } from "./attempt-throttles";
import { handlers } from "./auth";
import { readClientAddress } from "./client-address";

/**
 * Auth.js's own endpoints under /api/auth, with one addition: a credentials
 * sign-in posted straight to the API while throttled is answered
 * 429 Too Many Requests with Retry-After (Auth.js would redirect to the
 * sign-in page), before any password is checked.
 */
export async function handleAuthGet(request: NextRequest): Promise<Response> {
  return handlers.GET(request);
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
