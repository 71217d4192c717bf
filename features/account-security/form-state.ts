import type { z } from "zod";
import { requireFormData } from "@/server/actions/require-form-data";

/** What a form's server action answers, and what the form shows. */
export interface FormState {
  status: "idle" | "error" | "success";
  /** One sentence for the whole form (shown in an alert). */
  message?: string;
  /** One message per field, by field name. */
  fieldErrors?: Record<string, string>;
  /** Values to put back into the form (never passwords). */
  values?: Record<string, string>;
}

export const idleFormState: FormState = { status: "idle" };

/**
 * The form's fields as submitted. React's own `$ACTION_…` fields are left out;
 * every other field goes to the strict schema, which refuses unknown ones.
 * Typed `unknown`, as a script can call an action with anything: what is not
 * a form is answered 404 (requireFormData).
 */
export function readFormInput(formData: unknown): Record<string, unknown> {
  return Object.fromEntries([...requireFormData(formData).entries()].filter(([name]) => !name.startsWith("$ACTION")));
}

/** Turns a failed parse into the first message per field, and a form message for anything else. */
export function invalidFormState(error: z.ZodError, values: Record<string, string> = {}): FormState {
  const fieldErrors: Record<string, string> = {};
  let unexpected = false;
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      unexpected = true;
      continue;
    }
    const field = String(issue.path[0] ?? "");
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  const message = unexpected
    ? "The form sent something we did not expect. Please reload the page and try again."
    : "Please correct the highlighted fields.";
  return { status: "error", message, fieldErrors, values };
}

/** A submitted text field as a string, for putting back into the form; "" when the input is not a form at all. */
export function textOf(formData: unknown, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value.slice(0, 300) : "";
}
