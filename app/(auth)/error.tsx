"use client";

import Link from "next/link";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PrivacyAdministratorEmail } from "@/components/ui/privacy-administrator-email";
import { site } from "@/content/site";
import { policyHref } from "@/lib/policy-links";

/** What someone signing in, or choosing a new password, sees when that page fails: our words, never a stack trace or SQL. */
export default function SignInError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel title="Signing in is not working just now" retry={retry}>
      Something went wrong on our side. Please try again in a moment. You do not need to sign in to read our{" "}
      <Link className="underline" href={policyHref}>
        privacy policy
      </Link>
      . If it keeps happening, email our {site.privacyAdministrator.title} at <PrivacyAdministratorEmail />.
    </ErrorPanel>
  );
}
