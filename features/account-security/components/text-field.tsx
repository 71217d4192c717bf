import type { ComponentProps } from "react";

interface TextFieldProps {
  /** Unique on the page; the input's id is derived from it. */
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  input?: Partial<Pick<ComponentProps<"input">, "type" | "autoComplete" | "defaultValue" | "maxLength" | "inputMode">>;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ id, name, label, hint, error, input }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full max-w-md rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-800"
      />
    </div>
  );
}
