import type { MetadataRoute } from "next";

/**
 * Crawlers may read every page: the signed-in areas send them to sign in, and
 * are left allowed so that a tool auditing a signed-in page does not find it
 * blocked. Links that carry a secret (a request's status page, an unsubscribe
 * link), the API and the demo's tools are nobody's search results.
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/requests/", "/unsubscribe/", "/dev/"] } };
}
