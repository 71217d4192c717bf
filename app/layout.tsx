import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { site } from "@/content/site";
import { feedHref } from "@/features/policy/policy-links";
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
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-900 dark:text-slate-100">
        <SkipLink />
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
