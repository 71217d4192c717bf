/**
 * The center's buttons by importance, one look each, used by every form:
 * - primary: the step the page is for (send a request, save);
 * - secondary: a step beside it (cancel, another choice);
 * - danger: a step that removes or ends something and cannot be undone (deny, erase).
 */
export type ButtonImportance = "primary" | "secondary" | "danger";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-medium disabled:cursor-not-allowed disabled:opacity-70 focus-visible:outline-offset-2";

const looks: Record<ButtonImportance, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  danger: "bg-danger-700 text-white hover:bg-danger-800",
};

/** The classes of a button of this importance. */
export function buttonClass(importance: ButtonImportance = "primary"): string {
  return `${base} ${looks[importance]}`;
}
