import { type NextRequest, NextResponse } from "next/server";
import { chooseVersionsHref } from "@/lib/policy-links";
import { ADVERTISING_COOKIE, type AdvertisingCookieDecision, decideAdvertisingCookie, sendsGpcHeader, writeAdvertisingCookie } from "@/features/preferences/advertising-cookie";
import { decideAdvertisingCookieForSession } from "@/features/preferences/session-advertising-cookie";
import { REQUEST_PATH_HEADER } from "@/server/auth/request-path-header";
import { newNonce, nonceContentSecurityPolicy, takesNoncePolicy } from "@/server/http/content-security-policy";
import { sessionCookieName } from "@/server/auth/session-of-request";
import { findProxySession } from "@/server/boundary";
import { hasUndecodablePath } from "@/server/http/has-undecodable-path";
import { type Refusal, refusalResponse } from "@/server/http/refusal-response";
import { isPossibleServerAction, refuseMalformedServerAction } from "@/server/http/refuse-malformed-server-action";
import { logger } from "@/server/log/logger.mjs";

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
 * - A browser that carries the advertising cookie and a session cookie has
 *   its customer's standing checked (features/preferences/
 *   session-advertising-cookie.ts): when a minor's report has begun to hold
 *   their data, or the choice was turned off elsewhere, the cookie goes at
 *   this request, not at their next save. Only browsers that carry the
 *   cookie pay for that lookup (the session row and the choice: two small
 *   reads); every other request is answered without touching the database.
 *   Proxy runs on the Node.js runtime in Next.js 16
 *   (node_modules/next/dist/docs/01-app/03-api-reference/03-file-conventions/proxy.md,
 *   "Runtime"), so it may read the database. A lookup that fails leaves the
 *   cookie and the answer as they were: this is never the gate.
 *
 * - Every page outside STATIC_POLICY_PREFIXES (server/http/content-security-
 *   policy.ts) gets a Content-Security-Policy with a nonce of its own,
 *   following node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md:
 *   the policy goes on the request, where Next.js reads the nonce and puts it
 *   on its scripts, and on the answer, where it replaces next.config.js's static
 *   policy (the proxy's headers are written after the config's:
 *   next/dist/server/lib/router-utils/resolve-routes.js). Decision 0019.
 *
 * Next.js adds next.config.js's other headers to the answers given here as
 * well, and its static policy to refusals (e2e/security-headers.spec.ts checks).
 */
const SIGNED_IN_AREAS = ["/account", "/admin"];
const CSP = "Content-Security-Policy";
const NONCE_HEADER = "x-nonce";

const undecodableAddress: Refusal = {
  status: 400,
  title: "We could not read this address",
  message: "The address is damaged (its percent-encoding does not decode), so it names nothing here. Nothing was changed.",
};

export async function proxy(request: NextRequest) {
  const nonce = takesNoncePolicy(request.nextUrl.pathname) ? newNonce() : null;
  const policy = nonce && nonceContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const forwarded = new Headers(request.headers);
  if (nonce && policy) {
    forwarded.set(CSP, policy);
    // For a component that needs the nonce itself (the guide's `(await headers()).get("x-nonce")`).
    forwarded.set(NONCE_HEADER, nonce);
  }
  const response = await answer(request, forwarded);
  // A refusal (a plain Response) changes nothing, cookies included.
  if (!(response instanceof NextResponse)) return response;
  if (policy) response.headers.set(CSP, policy);
  const decision = await advertisingCookieRemoval(request);
  if (decision) {
    writeAdvertisingCookie({ get: (name) => request.cookies.get(name), set: (...args) => response.cookies.set(...args), delete: (name) => response.cookies.delete(name) }, decision, request.nextUrl.protocol === "https:");
  }
  return response;
}

/** The advertising cookie's removal when this request calls for one, else null (the proxy never sets it). */
async function advertisingCookieRemoval(request: NextRequest): Promise<AdvertisingCookieDecision | null> {
  if (sendsGpcHeader(request.headers)) return decideAdvertisingCookie({ sendsGpc: true, customer: null });
  // Only a browser that carries the cookie and a session is looked up.
  if (!request.cookies.has(ADVERTISING_COOKIE) || !sessionCookieName(request.cookies)) return null;
  try {
    const session = await findProxySession(request);
    const decision = session && (await decideAdvertisingCookieForSession(session));
    return decision?.action === "remove" ? decision : null;
  } catch (error) {
    logger().error(`[proxy] advertising cookie check: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** The proxy's answer; `forwarded` are the request's headers for the page, its nonce policy among them. */
async function answer(request: NextRequest, forwarded: Headers): Promise<Response> {
  const { pathname } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  if (hasUndecodablePath(pathname)) {
    // A page answers with the site's own not-found page (404, in the layout); an API route in a line of text.
    // The rewrite goes to a route without parameters: Next.js would decode the original path again for one with them.
    return api ? refusalResponse(request, undecodableAddress) : NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers: forwarded } });
  }
  // One-click unsubscribe (RFC 8058) and Auth.js post to /api/ from anywhere, and answer for themselves.
  if (!api && isPossibleServerAction(request)) {
    const refusal = await refuseMalformedServerAction(request);
    if (refusal) return refusalResponse(request, refusal);
  }

  // The compare form's page for versions that do not exist: the page is whole, and its status says the choice was bad.
  if (pathname === chooseVersionsHref) return NextResponse.next({ status: 400, request: { headers: forwarded } });
  if (!SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return NextResponse.next({ request: { headers: forwarded } });
  const path = `${pathname}${request.nextUrl.search}`;
  const hasSessionCookie = sessionCookieName(request.cookies) !== null;
  const opensPage = (request.method === "GET" || request.method === "HEAD") && (request.headers.get("accept") ?? "").includes("text/html");
  if (!hasSessionCookie && opensPage) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", path);
    return NextResponse.redirect(signIn);
  }
  forwarded.set(REQUEST_PATH_HEADER, path);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: [
    "/account/:path*",
    "/admin/:path*",
    // The public page that says what this browser's signal does (and removes the advertising cookie when it is sent).
    "/your-privacy-choices",
    // The compare form's answer for versions that do not exist, given its 400 here.
    "/privacy/compare/choose",
    // A Server Action: called by React (Next-Action), or a form posted without JavaScript (multipart).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    // Any path with percent-encoding, which might not decode.
    "/(.*%.*)",
    // Every page, for its nonce policy; not the files (scripts, styles, icons), API routes, the policy pages
    // (STATIC_POLICY_PREFIXES in server/http/content-security-policy.ts: keep the two in step), or a
    // prefetch, which is data for a page already open (as Next.js's CSP guide recommends).
    {
      source: "/((?!_next/static/|_next/image|api/|favicon\\.ico|icon\\.svg|apple-icon\\.png|privacy(?:/|$)).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
