"use client";

import { SiteDocument } from "@/components/layout/site-document";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PrivacyAdministratorEmail } from "@/components/ui/privacy-administrator-email";
import { site } from "@/content/site";
import { policyHref, versionsHref } from "@/lib/policy-links";
import "./globals.css";

/**
 * Shown in place of the root layout when an error reaches the top: from a page
 * outside the route groups, or from a group's own layout (the account layout
 * reads the session and the database, and an error.tsx never wraps the layout
 * beside it). Next.js also prerenders it at build time as the static 500 page it
 * serves when rendering fails altogether, so its links lead to fixed addresses.
 *
 * It reuses SiteDocument, which reads nothing but constants, so it cannot fail
 * here unless it fails everywhere: every static page is built through it, so a
 * SiteDocument that throws stops the build before it reaches a reader. Global
 * styles are imported again because the root layout that imports them is gone.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <SiteDocument>
      {/* A client component cannot export metadata; React moves this <title> into <head>. */}
      <title>{`Something went wrong · ${site.companyName} ${site.centerName}`}</title>
      <ErrorPanel title={`The ${site.centerName} could not show this page`} retry={retry} link={{ href: policyHref, label: "Read the privacy policy" }}>
        Something went wrong on our side. Please try again in a moment. Our privacy policy and{" "}
        <a className="underline" href={versionsHref}>
          every earlier version of it
        </a>{" "}
        stay available. If it keeps happening, email our {site.privacyAdministrator.title} at <PrivacyAdministratorEmail />.
      </ErrorPanel>
    </SiteDocument>
  );
}
