// @ts-check
const isProduction = process.env.NODE_ENV === "production";

/**
 * Headers sent with every response, pages, API routes, errors and 404s alike.
 * The Content-Security-Policy keeps every page to its own origin: nothing is
 * ever loaded from a third party.
 *
 * This static policy stands where proxy.ts gives none: API routes, files, the
 * proxy's refusals, and the policy pages (prerendered, so no nonce can reach
 * them; STATIC_POLICY_PREFIXES). Every other page gets the proxy's policy with
 * a nonce for each request, which replaces this one (decision 0019). It is the
 * same string as staticContentSecurityPolicy() in
 * server/http/content-security-policy.ts, whose test checks that they agree:
 * Next.js needs inline scripts for its bootstrap, and React needs eval in
 * development only.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  // Nothing here uses <base>; 'none' keeps an injected one from re-pointing every relative URL.
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // app/global-not-found.tsx: a form posted without JavaScript whose action answers 404 gets the whole page, not a fragment.
    globalNotFound: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
