import { policyWithScripts } from "./security-headers.js";

/**
 * The Content-Security-Policy of every page rendered on request (decision 0019).
 *
 * proxy.ts makes a fresh nonce for each request and sends this policy; Next.js
 * reads the `'nonce-…'` back from the request's copy of the header and puts it
 * on every script it writes (its bootstrap, the RSC payload, the page's
 * chunks). With `'strict-dynamic'` only those scripts, and what they load,
 * run: an injected `<script>` or inline handler does not, and `'self'` is
 * ignored by browsers that understand `'strict-dynamic'` (kept for those that
 * do not).
 *
 * Styles keep `'unsafe-inline'`: React writes `style` attributes, which a
 * nonce cannot cover, and a style cannot run code.
 *
 * next.config.js sends the static policy (with `'unsafe-inline'` scripts) on
 * everything else: the pages under the prefixes below, API routes and files.
 */

/**
 * Path prefixes whose pages keep next.config.js's static policy instead: the
 * public policy pages, which are prerendered (a nonce needs a render per
 * request) and are becoming static files with a no-script policy of their own.
 */
export const STATIC_POLICY_PREFIXES: readonly string[] = ["/privacy"];

/** Whether the page at this path gets a nonce policy (false under STATIC_POLICY_PREFIXES). */
export function takesNoncePolicy(pathname: string, staticPrefixes: readonly string[] = STATIC_POLICY_PREFIXES): boolean {
  return !staticPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** 128 random bits, base64: unguessable, and new for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

/**
 * The per-request policy. React uses eval in development only (to rebuild
 * server error stacks), so `'unsafe-eval'` is there and only there.
 */
export function nonceContentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(nonce)) throw new Error("A nonce is base64 of at least 96 random bits.");
  const scriptSrc = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`;
  return policyWithScripts(scriptSrc);
}

/** next.config.js's policy for what the proxy gives no nonce (server/http/security-headers.js makes it from the same directives). */
export function staticContentSecurityPolicy({ development = false }: { development?: boolean } = {}): string {
  const scriptSrc = `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`;
  return policyWithScripts(scriptSrc);
}
