import { Notice } from "@/components/ui/notice";
import { ChangeEmailForm } from "./change-email-form";
import { ChangePasswordForm } from "./change-password-form";
import { PageSection } from "@/components/ui/page-section";

/** `changed`: what was just changed, for the notice that confirms it. */
export function AccountSecurityPage({ email, changed }: { email: string; changed: "password" | "email" | null }) {
  return (
    <>
      <h1 className="type-title">Password and email</h1>
      <p className="mt-4 max-w-prose">
        Your email address is <strong>{email}</strong>. We email you at once whenever your password or email address
        changes. For your security you are signed out after 30 minutes without activity, and 12 hours after signing in.
      </p>
      {changed === "password" ? (
        <Notice title="Your password has been changed">
          Every other device where you were signed in has been signed out. We have emailed you to confirm the change.
        </Notice>
      ) : null}
      {changed === "email" ? (
        <Notice title="Your email address has been changed">
          Sign in with {email} from now on. We have emailed both your old and your new address to confirm the change.
        </Notice>
      ) : null}

      <PageSection id="change-password" title="Change your password">
        <p className="mt-2 max-w-prose">This signs out every other device where you are signed in.</p>
        <ChangePasswordForm />
      </PageSection>

      <PageSection id="change-email" title="Change your email address" className="mt-10">
        <p className="mt-2 max-w-prose">
          We email a link to the new address, and tell your current address. Your email address changes only when the link is opened
          within 24 hours, while you are signed in; then you sign in with the new address.
        </p>
        <ChangeEmailForm />
      </PageSection>
    </>
  );
}
