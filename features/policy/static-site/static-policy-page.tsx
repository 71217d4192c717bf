import { DemoNotice } from "@/components/layout/demo-notice";
import { MainContent } from "@/components/layout/main-content";
import { siteBodyClassName } from "@/components/layout/site-document";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { pageTitle, siteDescription, siteFeedTitle, siteThemeColors } from "@/components/layout/site-metadata";
import { SkipLink } from "@/components/layout/skip-link";
import { feedHref } from "@/lib/policy-links";
import type { PolicyPage } from "../components/policy-pages";
import { ICONS } from "./policy-site-layout.mjs";

/**
 * One page of the static policy site: the same header, main landmark, footer
 * and head as the app's public pages (app/layout.tsx), around the same
 * content, with no script at all. `demo`: the copy of the site a demo serves,
 * with the demo notice (render-policy-site.tsx writes both).
 */
export function StaticPolicyPage({ page, stylesheets, icons, demo = false }: { page: PolicyPage; stylesheets: readonly string[]; icons: readonly string[]; demo?: boolean }) {
  return (
    <html lang="en">
      {/* A file written at build time, not a Next.js page: next/head has no part in it. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle(page.title)}</title>
        <meta name="description" content={siteDescription} />
        <meta name="color-scheme" content="light dark" />
        {siteThemeColors.map(({ media, color }) => (
          <meta key={media} name="theme-color" media={media} content={color} />
        ))}
        <link rel="alternate" type="application/atom+xml" title={siteFeedTitle} href={feedHref} />
        {ICONS.filter((icon) => icons.includes(icon.address)).map(({ address, rel, sizes, type }) => (
          <link key={address} rel={rel} href={address} sizes={sizes} type={type} />
        ))}
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className={siteBodyClassName}>
        <SkipLink />
        {demo ? <DemoNotice /> : null}
        <SiteHeader />
        <MainContent>{page.content}</MainContent>
        <SiteFooter />
      </body>
    </html>
  );
}
