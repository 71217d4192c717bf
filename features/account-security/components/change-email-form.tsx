"use client";

import { useActionState } from "react";
import { answeredField, idleFormState } from "@/lib/forms/form-state";
import { changeEmailAction } from "../actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { CurrentPasswordField, TextField } from "@/components/ui/form-fields";

export function ChangeEmailForm() {
  const [state, formAction] = useActionState(changeEmailAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="change-email-heading" className="mt-4 max-w-md space-y-4">
      <FormMessage state={state} />
      <TextField
        id="change-email-new"
        {...answeredField(state, "newEmail")}
        label="New email address"
        input={{ type: "email", autoComplete: "email" }}
      />
      <CurrentPasswordField id="change-email-password" hint="To confirm it is you." error={state.fieldErrors?.currentPassword} />
      <SubmitButton label="Email a link to the new address" pendingLabel="Sending…" />
    </form>
  );
}
