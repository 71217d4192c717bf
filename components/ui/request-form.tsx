"use client";

import { createContext, type ReactNode, useActionState, useContext } from "react";
import { ErrorSummary, type SummaryField } from "@/components/ui/error-summary";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, IDEMPOTENCY_FIELD, idleFormState } from "@/lib/forms/form-state";

type RequestAction<Result> = (previous: FormState<Result>, formData: FormData) => Promise<FormState<Result>>;

/**
 * A public request form's state (useActionState, so it works without
 * JavaScript): what the server answered, and for each field its id, name,
 * error and the value to put back.
 */
export function useRequestForm<Result>(action: RequestAction<Result>, idPrefix: string) {
  const [state, formAction] = useActionState(action, idleFormState as FormState<Result>);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return {
    state,
    formAction,
    errors,
    values,
    /** What a success produced (the request's reference …), to show instead of the form. */
    received: state.status === "success" ? state.result : undefined,
    id: (name: string) => `${idPrefix}-${name}`,
    field: (name: string) => ({ id: `${idPrefix}-${name}`, name, error: errors[name], defaultValue: values[name] ?? "" }),
  };
}

/** What fields need of their form: ids, names, errors and the values to put back. */
export type RequestFormFields = Pick<ReturnType<typeof useRequestForm<unknown>>, "id" | "field" | "errors" | "values">;

const RequestFormContext = createContext<RequestFormFields | null>(null);

/**
 * The enclosing RequestForm's fields, for a group of fields that more than
 * one form shows (a feature can hand it to another as an element, which
 * carries no state of its own).
 */
export function useRequestFormFields(): RequestFormFields {
  const form = useContext(RequestFormContext);
  if (!form) throw new Error("useRequestFormFields is for fields inside a RequestForm.");
  return form;
}

interface RequestFormProps<Result> {
  form: ReturnType<typeof useRequestForm<Result>>;
  idPrefix: string;
  /** Made when the page rendered: the same form sent twice makes one request. */
  idempotencyKey: string;
  /** The summary's order is the form's order; a group's problem links to the group's first field. */
  summaryFields: readonly SummaryField[];
  submitLabel: string;
  className: string;
  children: ReactNode;
}

/** The frame every public request form shares: the error summary, the hidden idempotency key and honeypot, the fields, and the button. */
export function RequestForm<Result>({ form, idPrefix, idempotencyKey, summaryFields, submitLabel, className, children }: RequestFormProps<Result>) {
  const { state } = form;
  return (
    <form action={form.formAction} noValidate className={className}>
      {state.status === "error" ? <ErrorSummary message={state.message ?? ""} fieldErrors={state.fieldErrors ?? {}} fields={summaryFields} /> : null}
      <input type="hidden" name={IDEMPOTENCY_FIELD} value={form.values[IDEMPOTENCY_FIELD] ?? idempotencyKey} />
      <HoneypotField idPrefix={idPrefix} />
      <RequestFormContext value={form}>{children}</RequestFormContext>
      <SubmitButton label={submitLabel} pendingLabel="Sending…" />
    </form>
  );
}
