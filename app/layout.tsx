import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import { site } from "@/content/site";
import { feedHref } from "@/lib/policy-links";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: `${site.companyName} ${site.centerName}`, template: `%s · ${site.companyName} ${site.centerName}` },
  description: `Read ${site.companyName}'s privacy policy and every earlier version, and see exactly what changed.`,
  alternates: { types: { "application/atom+xml": [{ url: feedHref, title: `${site.companyName} privacy policy changes` }] } },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument>{children}</SiteDocument>;
}
