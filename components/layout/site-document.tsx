import type { ReactNode } from "react";
import { PublicFrame } from "./public-frame";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

/**
 * The whole page around every page's content: the root layout's, and
 * app/global-not-found.tsx's, which Next.js renders without the root layout.
 * The console swaps the public header for its own (PublicFrame).
 */
/** The body's look (app/globals.css), shared with the static policy site's pages (features/policy/static-site). */
export const siteBodyClassName = "site-body";

export function SiteDocument({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className={siteBodyClassName}>
        <SkipLink />
        <PublicFrame header={<SiteHeader />}>{children}</PublicFrame>
        <SiteFooter />
      </body>
    </html>
  );
}
