import type { ReactNode } from "react";
import { DemoNotice } from "./demo-notice";
import { PublicFrame } from "./public-frame";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

/** The body's look (app/globals.css), shared with the static policy site's pages (features/policy/static-site). */
export const siteBodyClassName = "site-body";

/**
 * The whole page around every page's content: the root layout's, and
 * app/global-not-found.tsx's, which Next.js renders without the root layout.
 * The console swaps the public header for its own (PublicFrame). `demo` (the
 * server's PRIVACY_CENTER_MODE, read by the page that renders this) puts the
 * demo notice above either header.
 */
export function SiteDocument({ demo = false, children }: { demo?: boolean; children: ReactNode }) {
  return (
    <html lang="en">
      <body className={siteBodyClassName}>
        <SkipLink />
        {demo ? <DemoNotice /> : null}
        <PublicFrame header={<SiteHeader />}>{children}</PublicFrame>
        <SiteFooter />
      </body>
    </html>
  );
}
