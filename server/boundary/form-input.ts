import { notFound } from "next/navigation";
import { HONEYPOT_FIELD } from "@/lib/forms/form-state";

/**
 * A form action's input, as a form. React calls a form's action with its
 * FormData, but anyone can call a Server Action with any argument that
 * serializes (a string, a plain object, nothing), and `formData.get` on those
 * throws: a 500 and an error in the log. Anything but a form is answered like
 * a form that does not exist, 404, in the site's words (not-found.tsx).
 */
export function requireFormData(input: unknown): FormData {
  if (input instanceof FormData) return input;
  notFound();
}

/** React's own `$ACTION_…` bookkeeping fields are not the person's input. */
function isReactField(name: string): boolean {
  return name.startsWith("$ACTION");
}

/** The form's fields as submitted, for the strict schema (which refuses any it does not know). */
export function readFormInput(formData: FormData): Record<string, unknown> {
  return Object.fromEntries([...formData.entries()].filter(([name]) => !isReactField(name)));
}

// Long enough to give back every field's longest allowed value (and a bit, so the "too long" message makes sense).
const KEPT_VALUE_LIMIT = 5000;

/**
 * What was typed, to put back into the form after a refusal so nothing is
 * lost. Never a password (it would travel back in the page), never the
 * honeypot (it would fill it in for a person).
 */
export function readKeptValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (isReactField(name) || name === HONEYPOT_FIELD || /password/i.test(name) || typeof value !== "string") continue;
    values[name] = value.slice(0, KEPT_VALUE_LIMIT);
  }
  return values;
}
