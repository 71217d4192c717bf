// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS, and so is the module it shares with server.mjs
const { contentSecurityPolicy, securityHeaders } = require("./server/http/security-headers.js");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // app/global-not-found.tsx: a form posted without JavaScript whose action answers 404 gets the whole page, not a fragment.
    globalNotFound: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }, ...securityHeaders] }];
  },
};

module.exports = nextConfig;
