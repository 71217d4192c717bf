"use client";

import Link from "next/link";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PrivacyAdministratorEmail } from "@/components/ui/privacy-administrator-email";
import { site } from "@/content/site";

/** What a customer sees when an account page fails: our words, never a stack trace or SQL. */
export default function AccountError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel title="We could not show your account just now" retry={retry}>
      Something went wrong on our side and nothing was changed. Please try again. If it keeps happening, email our{" "}
      {site.privacyAdministrator.title} at <PrivacyAdministratorEmail />; the{" "}
      <Link className="underline" href="/privacy">
        privacy policy
      </Link>{" "}
      is still available.
    </ErrorPanel>
  );
}
