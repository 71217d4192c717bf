"use client";

import { useActionState } from "react";
import { describedBy, HintAndError } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { CurrentPasswordField, RadioGroupField, TextAreaField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { answeredField, idleFormState } from "@/lib/forms/form-state";
import { requestAccessAction, requestCorrectionAction, requestDeletionAction } from "../actions";
import { CORRECTION_TEXT_LIMIT } from "../schemas";

/**
 * The request forms of "Your privacy requests". They are plain forms that work
 * without JavaScript; each carries the idempotency key its page made, so a
 * double submit makes one request. On success the action moves to the
 * request's own page.
 */

function PasswordField({ id, error }: { id: string; error?: string }) {
  return (
    <CurrentPasswordField
      id={id}
      label="Your password"
      hint="We ask for it again, even though you are signed in, so that nobody else at this computer can do this for you."
      error={error}
    />
  );
}

export function AccessRequestForm({ idempotencyKey }: { idempotencyKey: string }) {
  const [state, formAction] = useActionState(requestAccessAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="access-heading" className="mt-4 max-w-2xl space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <PasswordField id="access-password" error={state.fieldErrors?.currentPassword} />
      <SubmitButton label="Ask for a copy" pendingLabel="Sending…" />
    </form>
  );
}

export function CorrectionRequestForm({ idempotencyKey, categories }: { idempotencyKey: string; categories: readonly { id: string; title: string }[] }) {
  const [state, formAction] = useActionState(requestCorrectionAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="correction-heading" className="mt-4 max-w-2xl space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <RadioGroupField
        id="correction-category"
        {...answeredField(state, "category")}
        legend="Which information is wrong?"
        options={categories.map((category) => ({ value: category.id, label: category.title }))}
      />
      <TextAreaField
        id="correction-text"
        {...answeredField(state, "correction")}
        label="What is wrong, and what should it say?"
        hint="For example: “The service start date of my Business line says 2021; it started in March 2022.”"
        maxLength={CORRECTION_TEXT_LIMIT}
      />
      <SubmitButton label="Send correction request" pendingLabel="Sending…" />
    </form>
  );
}

export function DeletionRequestForm({ idempotencyKey }: { idempotencyKey: string }) {
  const [state, formAction] = useActionState(requestDeletionAction, idleFormState);
  const understoodError = state.fieldErrors?.understood;
  return (
    <form action={formAction} noValidate aria-labelledby="deletion-heading" className="mt-4 max-w-2xl space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div>
        <div className="flex items-start gap-2">
          <input
            id="deletion-understood"
            type="checkbox"
            name="understood"
            value="yes"
            aria-invalid={understoodError ? true : undefined}
            aria-describedby={describedBy("deletion-understood", undefined, understoodError)}
            className="mt-1 h-5 w-5"
          />
          <label htmlFor="deletion-understood">I have read what will be deleted and what will be kept.</label>
        </div>
        <HintAndError id="deletion-understood" error={understoodError} />
      </div>
      <PasswordField id="deletion-password" error={state.fieldErrors?.currentPassword} />
      <SubmitButton label="Ask us to delete my information" pendingLabel="Sending…" />
    </form>
  );
}
