"use client";

// A client component with no props only so that the page's RSC payload names it instead of spelling out
// its markup on every dynamic page; its HTML is rendered on the server as before and needs no JavaScript.
import Link from "next/link";
import { site } from "@/content/site";
import { feedHref } from "@/lib/policy-links";

/** The Privacy Administrator's contact details, as the policy gives them. */
export function SiteFooter() {
  const admin = site.privacyAdministrator;
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-700">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-sm sm:grid-cols-2">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="type-subsection">
            {`Contact the ${admin.title}`}
          </h2>
          <p className="mt-2">
            Email: <a className="underline" href={`mailto:${admin.email}`}>{admin.email}</a>
          </p>
          <address className="mt-2 not-italic">
            {admin.postalAddress.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
            <span className="block">{admin.attention}</span>
          </address>
          <p className="mt-2">
            {"Or use a form, no account needed: "}
            <Link className="underline" href="/report-a-minor">
              Report a minor&apos;s data
            </Link>
            {" · "}
            <Link className="underline" href="/california-privacy-rights">
              Your California Privacy Rights
            </Link>
          </p>
        </section>
        <section aria-labelledby="footer-more" className="no-print">
          <h2 id="footer-more" className="type-subsection">
            Stay informed
          </h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link className="underline" href="/your-privacy-choices">
                Your privacy choices
              </Link>
            </li>
            <li>
              <Link className="underline" href="/privacy/versions">
                Every version of the policy
              </Link>
            </li>
            <li>
              <a className="underline" href={feedHref}>
                Policy changes feed (Atom)
              </a>
            </li>
          </ul>
          <p className="mt-4">
            {`© ${site.legalName}. This site sets no tracking cookies and loads nothing from other companies; it honors Global Privacy Control.`}
          </p>
        </section>
      </div>
    </footer>
  );
}
