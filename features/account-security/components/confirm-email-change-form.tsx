"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState } from "@/lib/forms/form-state";
import { confirmEmailChangeAction } from "../actions";
import { FormMessage } from "@/components/ui/form-message";

/**
 * The button that makes the change: a POST (server action), never the link
 * itself, since mail scanners open links. A plain form, so it works without
 * JavaScript. Once refused, the button gives way to the way back.
 */
export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(confirmEmailChangeAction, idleFormState);
  return (
    <form action={formAction} className="mt-6 max-w-md space-y-4">
      <FormMessage state={state} />
      {state.fieldErrors?.token ? <p className="font-medium text-red-700 dark:text-red-300">{state.fieldErrors.token}</p> : null}
      <input type="hidden" name="token" value={token} />
      {state.status === "error" ? (
        <p>
          <Link className="underline" href="/account/security">
            Back to Password and email
          </Link>
        </p>
      ) : (
        <SubmitButton label="Change my email address" pendingLabel="Changing…" />
      )}
    </form>
  );
}
