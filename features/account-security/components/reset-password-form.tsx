"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { resetPasswordAction } from "../actions";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordFields } from "./new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPasswordAction, idleFormState);
  return (
    <form action={formAction} noValidate className="mt-6 max-w-md space-y-4">
      <FormMessage state={state} />
      {state.fieldErrors?.token ? (
        <p className="font-medium text-red-700 dark:text-red-300">
          {state.fieldErrors.token}{" "}
          <Link className="underline" href="/forgot-password">
            Ask for a new link.
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields idPrefix="reset" fieldErrors={state.fieldErrors} />
      <SubmitButton label="Set my new password" pendingLabel="Saving…" />
      {state.status === "error" && Object.keys(state.fieldErrors ?? {}).length === 0 ? (
        <p>
          <Link className="underline" href="/forgot-password">
            Ask for a new reset link
          </Link>
        </p>
      ) : null}
    </form>
  );
}
