import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { SiteDocument } from "@/components/layout/site-document";
import { env } from "@/server/env";
import { metadata as siteMetadata, viewport as siteViewport } from "./layout";
import NotFound from "./not-found";
import "./globals.css";

/**
 * The 404 for an address that matches no route, and for a form posted without
 * JavaScript whose action answers notFound(). Without it, Next.js renders the
 * latter as a bare fragment, without the layout (see
 * docs/decisions/0009-malformed-requests.md). Rendered without the root
 * layout, so it brings the same document, metadata and styles. Rendered for
 * each request, so that its scripts carry the request's nonce (decision 0019).
 */
export const metadata: Metadata = siteMetadata;
export const viewport: Viewport = siteViewport;

export default async function GlobalNotFound() {
  await connection();
  return (
    <SiteDocument demo={env.isDemo}>
      <NotFound />
    </SiteDocument>
  );
}
