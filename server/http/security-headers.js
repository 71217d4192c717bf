// @ts-check
/**
 * Headers sent with every response: by Next.js (next.config.js's headers(),
 * pages, API routes, errors and 404s alike) and by server.mjs for the static
 * policy site's files, which carry their own, stricter Content-Security-Policy
 * (features/policy/static-site/policy-site.mjs). CommonJS, because
 * next.config.js requires it.
 */
const isProduction = process.env.NODE_ENV === "production";

/**
 * The static Content-Security-Policy keeps every answer to its own origin:
 * nothing is ever loaded from a third party. It stands where proxy.ts gives
 * none: API routes, files, the proxy's refusals, and the app's own policy
 * pages (what `next dev` and client-side navigations show; the files
 * server.mjs serves have their own, with no script at all). Every other page
 * gets the proxy's policy with a nonce for each request, which replaces this
 * one (decision 0019). It is the same string as staticContentSecurityPolicy()
 * in server/http/content-security-policy.ts (built from the same directives
 * here): Next.js needs inline scripts for its bootstrap, and React needs eval
 * in development only.
 */
/** The app's directives, but for scripts: the nonce policy (content-security-policy.ts) shares them. */
const directivesButScripts = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  // Nothing here uses <base>; 'none' keeps an injected one from re-pointing every relative URL.
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * A policy of those directives with this `script-src` (after `default-src`, where it is read).
 * @param {string} scriptSrc
 */
function policyWithScripts(scriptSrc) {
  return [directivesButScripts[0], scriptSrc, ...directivesButScripts.slice(1)].join("; ");
}

const contentSecurityPolicy = policyWithScripts(`script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`);

/** Every response's headers except its Content-Security-Policy. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

module.exports = { contentSecurityPolicy, policyWithScripts, securityHeaders };
