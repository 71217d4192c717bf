"use client";

import Link from "next/link";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PrivacyAdministratorEmail } from "@/components/ui/privacy-administrator-email";
import { site } from "@/content/site";
import { policyHref, versionsHref } from "@/lib/policy-links";

/** What a reader sees when a public page fails: our words, never a stack trace or SQL. */
export default function PublicError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel title="We could not show this page just now" retry={retry}>
      Something went wrong on our side. Please try again in a moment. Our privacy policy is always available at{" "}
      <Link className="underline" href={policyHref}>
        {policyHref}
      </Link>
      , and every earlier version of it at{" "}
      <Link className="underline" href={versionsHref}>
        {versionsHref}
      </Link>
      . If it keeps happening, or you had just sent us a form and are not sure it reached us, email our {site.privacyAdministrator.title} at{" "}
      <PrivacyAdministratorEmail />.
    </ErrorPanel>
  );
}
