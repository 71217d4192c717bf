"use client";

import { useActionState } from "react";
import { answeredField, idleFormState } from "@/lib/forms/form-state";
import { requestPasswordResetAction } from "../actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/form-fields";

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(requestPasswordResetAction, idleFormState);
  return (
    <form action={formAction} noValidate className="mt-6 max-w-md space-y-4">
      <FormMessage state={state} />
      <TextField
        id="forgot-email"
        {...answeredField(state, "email")}
        label="Email address"
        hint="The address you sign in with."
        input={{ type: "email", autoComplete: "email" }}
      />
      <SubmitButton label="Email me a reset link" pendingLabel="Sending…" />
    </form>
  );
}
