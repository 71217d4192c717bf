// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS, and so is the module it shares with server.mjs
const { contentSecurityPolicy, securityHeaders } = require("./server/http/security-headers.js");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The policy's pages are regenerated every 30 s (their `revalidate`). Past this age an entry is rendered again
  // before it is answered, instead of served stale while it regenerates (node_modules/next/dist/server/lib/
  // incremental-cache/index.js: "If the route's `expire` time has passed, force a blocking revalidation"), so no
  // instance answers the policy of the day before more than a minute after midnight (docs/decisions/0021).
  expireTime: 60,
  experimental: {
    // app/global-not-found.tsx: a form posted without JavaScript whose action answers 404 gets the whole page, not a fragment.
    globalNotFound: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }, ...securityHeaders] }];
  },
};

module.exports = nextConfig;
