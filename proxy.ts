import { type NextRequest, NextResponse } from "next/server";
import { REQUEST_PATH_HEADER } from "@/server/auth/request-path-header";

/**
 * An early redirect only, never the gate: a browser opening a signed-in page
 * without any session cookie goes to sign-in straight away. Every page, action
 * and route still checks the session row itself (server/auth/current-account.ts),
 * so a request that skips this (or carries a revoked cookie) is refused there.
 * API calls, server actions and RSC fetches pass through untouched, so their
 * handlers answer in their own way (a 401, a redirect the client router follows).
 */
const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  // Auth.js splits a large token into name.0, name.1 …
  const hasSessionCookie = request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIE_NAMES.some((sessionName) => name === sessionName || name.startsWith(`${sessionName}.`)));
  const opensPage = (request.method === "GET" || request.method === "HEAD") && (request.headers.get("accept") ?? "").includes("text/html");
  if (!hasSessionCookie && opensPage) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", path);
    return NextResponse.redirect(signIn);
  }
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_PATH_HEADER, path);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: ["/account/:path*", "/admin/:path*"],
};
