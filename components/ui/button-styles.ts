/**
 * The center's buttons by importance, one look each, used by every form:
 * - primary: the step the page is for (send a request, save);
 * - secondary: a step beside it (cancel, another choice);
 * - danger: a step that removes or ends something and cannot be undone (deny, erase).
 */
export type ButtonImportance = "primary" | "secondary" | "danger";

/**
 * The looks are named once in app/globals.css (`.btn`, `.btn-primary`, …, in the components layer, so a
 * utility added after them still wins): a page with a dozen buttons would otherwise repeat ~200 characters
 * of utilities for each, in its HTML and again in its RSC payload.
 */
const looks: Record<ButtonImportance, string> = {
  primary: "btn btn-primary",
  secondary: "btn btn-secondary",
  danger: "btn btn-danger",
};

/** The classes of a button of this importance. */
export function buttonClass(importance: ButtonImportance = "primary"): string {
  return looks[importance];
}
