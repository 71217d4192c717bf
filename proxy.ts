import { type NextRequest, NextResponse } from "next/server";
import { decideAdvertisingCookie, sendsGpcHeader, writeAdvertisingCookie } from "@/features/preferences/advertising-cookie";
import { REQUEST_PATH_HEADER } from "@/server/auth/request-path-header";
import { hasUndecodablePath } from "@/server/http/has-undecodable-path";
import { type Refusal, refusalResponse } from "@/server/http/refusal-response";
import { isPossibleServerAction, refuseMalformedServerAction } from "@/server/http/refuse-malformed-server-action";

/**
 * Early answers only, never the gate.
 *
 * - A malformed request that Next.js would answer with a 500 (a Server Action
 *   from another site, too large or undecodable; a path that does not decode)
 *   is answered here with a 4xx in our words. Next.js and the actions still
 *   check everything themselves.
 * - A browser opening a signed-in page without any session cookie goes to
 *   sign-in straight away. Every page, action and route still checks the
 *   session row itself (server/auth/current-account.ts), so a request that
 *   skips this (or carries a revoked cookie) is refused there. API calls,
 *   server actions and RSC fetches pass through untouched, so their handlers
 *   answer in their own way (a 401, a redirect the client router follows).
 *
 * - A browser that sends Global Privacy Control keeps no advertising cookie:
 *   the decision is features/preferences/advertising-cookie.ts's, carried out
 *   here on every answer the proxy gives (CCPA regs §7025(c)(1)).
 *
 * Next.js adds next.config.js's headers (the Content-Security-Policy …) to the
 * answers given here as well (e2e/security-headers.spec.ts checks).
 */
const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = ["/account", "/admin"];

const undecodableAddress: Refusal = {
  status: 400,
  title: "We could not read this address",
  message: "The address is damaged (its percent-encoding does not decode), so it names nothing here. Nothing was changed.",
};

export async function proxy(request: NextRequest) {
  const response = await answer(request);
  // A refusal (a plain Response) changes nothing, cookies included.
  if (response instanceof NextResponse && sendsGpcHeader(request.headers)) {
    const decision = decideAdvertisingCookie({ sendsGpc: true, customer: null });
    writeAdvertisingCookie({ get: (name) => request.cookies.get(name), set: (...args) => response.cookies.set(...args), delete: (name) => response.cookies.delete(name) }, decision, request.nextUrl.protocol === "https:");
  }
  return response;
}

async function answer(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  if (hasUndecodablePath(pathname)) {
    // A page answers with the site's own not-found page (404, in the layout); an API route in a line of text.
    // The rewrite goes to a route without parameters: Next.js would decode the original path again for one with them.
    return api ? refusalResponse(request, undecodableAddress) : NextResponse.rewrite(new URL("/_not-found", request.url));
  }
  // One-click unsubscribe (RFC 8058) and Auth.js post to /api/ from anywhere, and answer for themselves.
  if (!api && isPossibleServerAction(request)) {
    const refusal = await refuseMalformedServerAction(request);
    if (refusal) return refusalResponse(request, refusal);
  }

  if (!SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return NextResponse.next();
  const path = `${pathname}${request.nextUrl.search}`;
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
  matcher: [
    "/account/:path*",
    "/admin/:path*",
    // The public page that says what this browser's signal does (and removes the advertising cookie when it is sent).
    "/your-privacy-choices",
    // A Server Action: called by React (Next-Action), or a form posted without JavaScript (multipart).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    // Any path with percent-encoding, which might not decode; the rest pass by without running the proxy.
    "/(.*%.*)",
  ],
};
