import type { z } from "zod";

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
 */
export function readFormInput(formData: FormData): Record<string, unknown> {
  return Object.fromEntries([...formData.entries()].filter(([name]) => !name.startsWith("$ACTION")));
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

/** A submitted text field as a string, for putting back into the form. */
export function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 300) : "";
}
