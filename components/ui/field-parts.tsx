import type { ReactNode } from "react";

/**
 * The parts every labelled form field shares: its hint and error, announced
 * with the field (aria-describedby), with ids `${id}-hint` and `${id}-error`
 * so an error summary can link to them.
 */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A field's label; "optional" is said in it, so nobody has to guess which fields they may skip. */
export function FieldLabel({ htmlFor, label, optional }: { htmlFor: string; label: ReactNode; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-medium">
      {label}
      {optional ? <span className="font-normal"> (optional)</span> : null}
    </label>
  );
}
