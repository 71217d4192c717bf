import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { EmailChangeLink } from "../email-change-service";
import { ConfirmEmailChangeForm } from "./confirm-email-change-form";

const securityPageLink = (
  <Link className="underline" href="/account/security">
    Password and email
  </Link>
);

/** Where the link emailed to a new address leads: it asks, and only its button (for the account that asked) changes the address. */
export function ConfirmEmailChangePage({ link, token }: { link: EmailChangeLink; token: string }) {
  return (
    <>
      <h1 className="type-title">Confirm your new email address</h1>
      {link.kind === "usable" ? (
        <>
          <p className="mt-4 max-w-prose">
            Press the button to make <strong>{link.newEmail}</strong> the email address of your account. You will sign in with it from
            now on, and we will tell both your old and your new address. Nothing changes until you press it.
          </p>
          <ConfirmEmailChangeForm token={token} />
        </>
      ) : link.kind === "other-account" ? (
        <Notice title="This link is for another account" tone="warning">
          You are signed in to an account that did not ask for this change, so nothing was changed. To confirm it, sign out, sign in to
          the account that asked, and open the link again.
        </Notice>
      ) : (
        <Notice title="This link no longer works" tone="warning">
          A link to change your email address works once, for 24 hours, and only the newest one you asked for. This one has expired, has
          been used, or was copied incompletely, so nothing was changed. Ask for a new one on {securityPageLink}.
        </Notice>
      )}
    </>
  );
}
