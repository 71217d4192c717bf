"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ConfirmUnsubscribeState } from "../actions";

type Action = (previous: ConfirmUnsubscribeState, formData: FormData) => Promise<ConfirmUnsubscribeState>;

/** The button that opts out: a plain form (server action), so it works without JavaScript; the token is bound by the page. */
export function ConfirmUnsubscribeForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, { message: null });
  return (
    <form action={formAction} className="mt-6">
      {state.message ? (
        <p role="alert" className="mb-4 font-medium text-red-700 dark:text-red-300">
          {state.message}
        </p>
      ) : null}
      <SubmitButton label="Unsubscribe" pendingLabel="Unsubscribing…" />
    </form>
  );
}
