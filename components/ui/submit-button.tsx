"use client";

import { useFormStatus } from "react-dom";

/**
 * Buttons by importance: the page's main step, an ordinary one, and one that
 * destroys or closes something for good (red, so it never looks like "Add note").
 */
export const buttonTones = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-800",
  danger: "bg-red-700 text-white hover:bg-red-800 dark:bg-red-600 dark:hover:bg-red-700",
} as const;

export type ButtonTone = keyof typeof buttonTones;

/** Says it is working while the server answers, and cannot be pressed twice meanwhile (the idempotency key covers what slips through). */
export function SubmitButton({ label, pendingLabel, tone = "primary" }: { label: string; pendingLabel: string; tone?: ButtonTone }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-medium disabled:opacity-70 ${buttonTones[tone]}`}>
      {pending ? pendingLabel : label}
    </button>
  );
}
