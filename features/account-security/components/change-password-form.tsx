"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { changePasswordAction } from "../actions";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordFields } from "./new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/form-fields";

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="change-password-heading" className="mt-4 max-w-md space-y-4">
      <FormMessage state={state} />
      <TextField
        id="change-password-current"
        name="currentPassword"
        label="Current password"
        error={state.fieldErrors?.currentPassword}
        input={{ type: "password", autoComplete: "current-password" }}
      />
      <NewPasswordFields idPrefix="change-password" fieldErrors={state.fieldErrors} />
      <SubmitButton label="Change password" pendingLabel="Changing…" />
    </form>
  );
}
