import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import { siteDescription, siteFeedTitle, siteThemeColors, siteTitle } from "@/components/layout/site-metadata";
import { feedHref } from "@/lib/policy-links";
import { env } from "@/server/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: siteTitle, template: `%s · ${siteTitle}` },
  description: siteDescription,
  alternates: { types: { "application/atom+xml": [{ url: feedHref, title: siteFeedTitle }] } },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: siteThemeColors,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // Read when the page renders: on request for every page but the policy's, which are regenerated every minute (docs/decisions/0021).
  return <SiteDocument demo={env.isDemo}>{children}</SiteDocument>;
}
