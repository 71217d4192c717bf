import type { ReactNode } from "react";

/** What a badge marks: news, something to act on soon, something done, something refused or urgent; brand names a place (the console). */
export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | "brand";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  info: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  success: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  warning: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  danger: "bg-danger-50 text-danger-800 dark:bg-danger-950 dark:text-danger-100",
  brand: "bg-brand-700 text-white uppercase tracking-wide dark:bg-brand-300 dark:text-brand-900",
};

interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  /**
   * Keeps the badge's words apart from what precedes it, for a screen reader
   * too (a space is part of it). Off where it stands alone (a table cell, a value).
   */
  apart?: boolean;
  /** For a badge that repeats what a control already says (a checkbox's state). */
  hidden?: boolean;
  className?: string;
}

/** A short label beside something (a status, "Urgent"). */
export function Badge({ tone = "neutral", children, apart = true, hidden = false, className = "" }: BadgeProps) {
  const badge = (
    <span aria-hidden={hidden || undefined} className={`inline-block rounded-full px-2 py-0.5 align-middle text-xs font-semibold whitespace-nowrap ${tones[tone]} ${className}`.trim()}>
      {children}
    </span>
  );
  return apart ? (
    <>
      {" "}
      {badge}
    </>
  ) : (
    badge
  );
}
