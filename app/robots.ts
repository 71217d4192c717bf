import type { MetadataRoute } from "next";

/** Crawlers may read the public pages; the signed-in areas and the API are nobody's search results. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: ["/account", "/admin", "/api/", "/requests/", "/unsubscribe/", "/dev/"] } };
}
