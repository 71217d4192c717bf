import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { ResetPasswordForm } from "./reset-password-form";

/** The form when the link still works; otherwise why not, and what to do. */
export function ResetPasswordPage({ token }: { token: string | null }) {
  return (
    <>
      <h1 className="type-title">Choose a new password</h1>
      {token ? (
        <>
          <p className="mt-4 max-w-prose">Setting a new password signs you out everywhere; then sign in with the new one.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <Notice title="This link no longer works" tone="warning">
          A reset link works once, for 30 minutes. This one has expired, has been used, or was copied incompletely.{" "}
          <Link className="underline" href="/forgot-password">
            Ask for a new link
          </Link>
          .
        </Notice>
      )}
    </>
  );
}
