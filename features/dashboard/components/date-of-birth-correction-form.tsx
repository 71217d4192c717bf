"use client";

import { buttonClass } from "@/components/ui/button-styles";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, HintAndError } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { idleFormState } from "@/lib/forms/form-state";
import { requestDateOfBirthCorrectionAction } from "../date-of-birth-actions";
import { filterInputClass } from "@/components/ui/form-fields";

const summaryFields = [
  { name: "dateOfBirth", targetId: "dob-new" },
  { name: "note", targetId: "dob-note" },
] as const;

/** Asks for a verified change of the date of birth; works as a plain form without JavaScript. */
export function DateOfBirthCorrectionForm({ idempotencyKey }: { idempotencyKey: string }) {
  const [state, formAction, pending] = useActionState(requestDateOfBirthCorrectionAction, idleFormState);
  if (state.status === "success") {
    return (
      <div className="mt-2">
        <FormMessage state={state} />
      </div>
    );
  }
  const fieldErrors = state.fieldErrors ?? {};
  // Closed until asked for (a native <details>, so it opens without JavaScript); open again when the answer needs fixing.
  return (
    <details open={state.status === "error" || undefined} className="group mt-3 rounded border border-slate-200 dark:border-slate-700">
      <summary id="dob-correction-heading" className="cursor-pointer list-none p-3 font-medium text-brand-700 underline dark:text-brand-300 [&::-webkit-details-marker]:hidden">
        Ask to correct your date of birth
      </summary>
      <form action={formAction} className="space-y-3 px-3 pb-3" aria-labelledby="dob-correction-heading">
        {state.status === "error" && state.message ? <ErrorSummary message={state.message} fieldErrors={fieldErrors} fields={summaryFields} /> : null}
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <div>
          <label htmlFor="dob-new" className="block text-sm font-medium">
            Your correct date of birth
          </label>
          <HintAndError id="dob-new" error={fieldErrors.dateOfBirth} />
          <input
            id="dob-new"
            name="dateOfBirth"
            type="date"
            required
            defaultValue={state.values?.dateOfBirth}
            aria-invalid={fieldErrors.dateOfBirth ? true : undefined}
            aria-describedby={describedBy("dob-new", undefined, fieldErrors.dateOfBirth)}
            className={filterInputClass}
          />
        </div>
        <div>
          <label htmlFor="dob-note" className="block text-sm font-medium">
            Anything that helps us verify it (optional)
          </label>
          <HintAndError id="dob-note" error={fieldErrors.note} />
          <textarea
            id="dob-note"
            name="note"
            rows={2}
            maxLength={500}
            defaultValue={state.values?.note}
            aria-invalid={fieldErrors.note ? true : undefined}
            aria-describedby={describedBy("dob-note", undefined, fieldErrors.note)}
            className={`${filterInputClass} w-full max-w-prose`}
          />
        </div>
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          Send correction request
        </button>
      </form>
    </details>
  );
}
