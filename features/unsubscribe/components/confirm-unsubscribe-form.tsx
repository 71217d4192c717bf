"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState } from "@/lib/forms/form-state";
import { confirmUnsubscribeAction } from "../actions";

/** The button that opts out: a plain form (server action), so it works without JavaScript; the page gives it the link's token. */
export function ConfirmUnsubscribeForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(confirmUnsubscribeAction, idleFormState);
  return (
    <form action={formAction} className="mt-6">
      {state.status === "error" ? (
        <div className="mb-4">
          <FormMessage state={state} />
        </div>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton label="Unsubscribe" pendingLabel="Unsubscribing…" />
    </form>
  );
}
