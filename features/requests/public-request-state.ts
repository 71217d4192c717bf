import { z } from "zod";
import { requireFormData } from "@/server/actions/require-form-data";

/**
 * What a public request form's server action answers, and what the form
 * shows: its errors with the values kept, or the confirmation. Shared by the
 * server and the (client) forms, so it holds no server code.
 */
export type PublicRequestState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: Record<string, string> }
  | { status: "received"; reference: string; receivedOn: string; answerBy: string; statusPath: string; acknowledgementEmailed: boolean };

export const idlePublicRequestState: PublicRequestState = { status: "idle" };

/** The hidden fields every public request form carries. */
export const HONEYPOT_FIELD = "website";
export const IDEMPOTENCY_FIELD = "idempotencyKey";

/**
 * The two hidden fields as schema members: the idempotency key the page made
 * when it rendered, and the honeypot, which a person never sees and a bot
 * fills in (checked by the action, not refused here, so a bot learns nothing).
 */
export const publicRequestControls = {
  [IDEMPOTENCY_FIELD]: z.uuid({ error: "This form has expired. Please reload the page and try again." }),
  [HONEYPOT_FIELD]: z.string().max(500).optional(),
};

// Long enough to give back every field's longest allowed value (and a bit, so the "too long" message makes sense).
const KEPT_VALUE_LIMIT = 5000;

/**
 * The form's fields as submitted; React's own `$ACTION_…` fields are left out, everything else meets the strict schema.
 * Typed `unknown`, as a script can call an action with anything: what is not a form is answered 404 (requireFormData).
 */
export function readFormInput(formData: unknown): Record<string, unknown> {
  return Object.fromEntries([...requireFormData(formData).entries()].filter(([name]) => !name.startsWith("$ACTION")));
}

/**
 * The submitted text, to put back into the form after an error; never the honeypot, which would fill it for a person.
 * Nothing when the input is not a form: readFormInput, called next, refuses it.
 */
export function readSubmittedValues(formData: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION") || name === HONEYPOT_FIELD || typeof value !== "string") continue;
    values[name] = value.slice(0, KEPT_VALUE_LIMIT);
  }
  return values;
}

const UNEXPECTED_INPUT = "The form sent something we did not expect. Please reload the page and try again.";

/** The first message per field; a form that was tampered with gets one message for the whole form. */
export function describeInvalidInput(error: z.ZodError, values: Record<string, string>): PublicRequestState {
  const fieldErrors: Record<string, string> = {};
  let formMessage: string | null = null;
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (issue.code === "unrecognized_keys" || !field || field === HONEYPOT_FIELD) {
      formMessage = UNEXPECTED_INPUT;
    } else if (field === IDEMPOTENCY_FIELD) {
      formMessage = issue.message;
    } else {
      fieldErrors[field] ??= issue.message;
    }
  }
  const count = Object.keys(fieldErrors).length;
  const message = formMessage ?? (count === 1 ? "There is a problem with one answer." : `There are problems with ${count} answers.`);
  return { status: "error", message, fieldErrors, values };
}
