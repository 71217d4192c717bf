import type { z } from "zod";

/**
 * What every form's server action answers and every form shows: one shape for
 * all of them, so a form component never has to know which action it talks to.
 * Shared by the server and the (client) forms, so it holds no server code.
 */
export interface FormState<Result = undefined> {
  status: "idle" | "error" | "success";
  /** One sentence for the whole form: an alert after an error, a status after a success. */
  message?: string;
  /** One message per field, by field name. */
  fieldErrors?: Record<string, string>;
  /** What was typed, to put back into the form so nothing is lost (never a password). */
  values?: Record<string, string>;
  /** What a success produced, for the form to show (a request's reference, its deadline …). */
  result?: Result;
}

export const idleFormState: FormState<never> = { status: "idle" };

/** The hidden fields a form may carry besides the person's answers. */
export const HONEYPOT_FIELD = "website";
export const IDEMPOTENCY_FIELD = "idempotencyKey";

export const UNEXPECTED_INPUT_MESSAGE = "The form sent something we did not expect. Please reload the page and try again.";

/**
 * The one translation of a failed parse into words: the first message per
 * field, and one sentence for the form. A field the page never shows (an
 * unknown one, the honeypot) means the form was tampered with or is stale, so
 * the whole form gets one message instead; an expired idempotency key says so.
 */
export function describeInvalidInput<Result>(error: z.ZodError, values: Record<string, string> = {}): FormState<Result> {
  const fieldErrors: Record<string, string> = {};
  let formMessage: string | null = null;
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (issue.code === "unrecognized_keys" || !field || field === HONEYPOT_FIELD) {
      formMessage = UNEXPECTED_INPUT_MESSAGE;
    } else if (field === IDEMPOTENCY_FIELD) {
      formMessage ??= issue.message;
    } else {
      fieldErrors[field] ??= issue.message;
    }
  }
  const count = Object.keys(fieldErrors).length;
  const message = formMessage ?? `${count === 1 ? "There is a problem with one answer." : `There are problems with ${count} answers.`} Please correct the highlighted fields.`;
  return { status: "error", message, fieldErrors, values };
}

/**
 * What a field shows of its form's last answer: its name, its error and what
 * was typed into it, to spread onto a field component:
 *
 *   <TextField id="sign-in-email" label="Email address" {...answeredField(state, "email")} />
 */
export function answeredField<Result>(state: FormState<Result>, name: string): { name: string; error?: string; defaultValue?: string } {
  return { name, error: state.fieldErrors?.[name], defaultValue: state.values?.[name] };
}
