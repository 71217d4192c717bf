"use client";

import { useActionState } from "react";
import { requestDateOfBirthCorrectionAction } from "../date-of-birth-actions";
import { initialDateOfBirthCorrectionState } from "../date-of-birth-correction";

/** Asks for a verified change of the date of birth; works as a plain form without JavaScript. */
export function DateOfBirthCorrectionForm({ idempotencyKey }: { idempotencyKey: string }) {
  const [state, formAction, pending] = useActionState(requestDateOfBirthCorrectionAction, initialDateOfBirthCorrectionState);
  if (state.status === "received") {
    return (
      <p role="status" className="mt-2 rounded border-l-4 border-green-700 bg-green-50 p-3 dark:bg-green-950">
        {state.message}
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-3 space-y-3 rounded border border-slate-200 p-3 dark:border-slate-700" aria-labelledby="dob-correction-heading">
      <h3 id="dob-correction-heading" className="font-semibold">
        Ask to correct your date of birth
      </h3>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div>
        <label htmlFor="dob-new" className="block text-sm font-medium">
          Your correct date of birth
        </label>
        <input
          id="dob-new"
          name="dateOfBirth"
          type="date"
          required
          defaultValue={state.dateOfBirth}
          aria-invalid={state.fieldError ? true : undefined}
          aria-describedby={state.fieldError ? "dob-new-error" : undefined}
          className="mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-800"
        />
        {state.fieldError ? (
          <p id="dob-new-error" className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
            {state.fieldError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="dob-note" className="block text-sm font-medium">
          Anything that helps us verify it (optional)
        </label>
        <textarea id="dob-note" name="note" rows={2} maxLength={500} defaultValue={state.note} className="mt-1 w-full max-w-prose rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-800" />
      </div>
      {state.status === "invalid" ? (
        <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-300">
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        Send correction request
      </button>
    </form>
  );
}
