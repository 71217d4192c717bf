"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { changePasswordAction } from "../actions";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordFields } from "./new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { CurrentPasswordField } from "@/components/ui/form-fields";

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="change-password-heading" className="mt-4 max-w-md space-y-4">
      <FormMessage state={state} />
      <CurrentPasswordField id="change-password-current" error={state.fieldErrors?.currentPassword} />
      <NewPasswordFields idPrefix="change-password" fieldErrors={state.fieldErrors} />
      <SubmitButton label="Change password" pendingLabel="Changing…" />
    </form>
  );
}
