import { notFound } from "next/navigation";

/**
 * A form action's input, as a form. React calls a form's action with its
 * FormData, but anyone can call a Server Action with any argument that
 * serializes (a string, a plain object, nothing), and `formData.get` on those
 * throws: a 500 and an error in the log. Anything but a form is answered like
 * a form that does not exist, 404, in the site's words (not-found.tsx).
 *
 * Not "server-only": the form-state modules that call it are shared with the
 * client forms, which never call it.
 */
export function requireFormData(input: unknown): FormData {
  if (input instanceof FormData) return input;
  notFound();
}
