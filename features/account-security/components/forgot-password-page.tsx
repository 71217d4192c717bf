import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export function ForgotPasswordPage() {
  return (
    <>
      <h1 className="type-title">Forgot your password?</h1>
      <p className="mt-4 max-w-prose">
        Tell us the email address you sign in with. If it belongs to an account, we will email it a link to choose a new
        password.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6">
        <Link className="underline" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
