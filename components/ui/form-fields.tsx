import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldLabel, HintAndError } from "@/components/ui/field-parts";

/**
 * Labelled fields for the public request forms. Each field's hint and error
 * are announced with it (aria-describedby) and an invalid field says so
 * (aria-invalid); ids are `${id}-hint` and `${id}-error`, so the error
 * summary can link to the field itself.
 */

const inputClass =
  "mt-1 w-full max-w-md rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 dark:border-slate-400 dark:bg-slate-800 dark:aria-[invalid=true]:border-red-300";

/**
 * A text input or select in a small GET form beside its label (the console's filters, the policy's compare
 * form): the same border and colours as the fields above, set by `.input` in app/globals.css.
 */
export const filterInputClass = "input mt-1";

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  /** "optional" is said in the label, so nobody has to guess which fields they may skip. */
  optional?: boolean;
}

type InputProps = Partial<Pick<ComponentProps<"input">, "type" | "autoComplete" | "maxLength" | "inputMode" | "spellCheck" | "defaultValue">>;

export function TextField({ id, name, label, hint, error, defaultValue, optional, input }: FieldProps & { input?: InputProps }) {
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type="text"
        {...input}
        defaultValue={defaultValue ?? input?.defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      />
    </div>
  );
}

export function TextAreaField({ id, name, label, hint, error, defaultValue, optional, maxLength }: FieldProps & { maxLength: number }) {
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={5}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} max-w-2xl`}
      />
    </div>
  );
}

/** Related fields under one question: the legend names the group and a group-wide error sits under it. */
export function FieldGroup({ id, legend, hint, error, children }: { id: string; legend: string; hint?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <fieldset id={id} aria-describedby={describedBy(id, hint, error)} className="space-y-3">
      <legend className="text-lg font-semibold">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

interface RadioGroupProps {
  id: string;
  name: string;
  legend: string;
  options: readonly { value: string; label: string; hint?: string }[];
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
}

/**
 * One choice of a few, as radio buttons; the first radio's id is
 * `${id}-${first value}`, which the error summary links to. A radio cannot be
 * aria-invalid, so the group's error is announced through the fieldset.
 */
export function RadioGroupField({ id, name, legend, options, hint, error, defaultValue }: RadioGroupProps) {
  return (
    <fieldset id={id} aria-describedby={describedBy(id, hint, error)}>
      <legend className="font-medium">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="mt-2 space-y-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
              className="mt-1 h-5 w-5"
            />
            {/* The hint stays outside the label, so the radio's name is its label alone and the hint is its description. */}
            <div>
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
              {option.hint ? (
                <p id={`${id}-${option.value}-hint`} className="text-sm text-slate-700 dark:text-slate-300">
                  {option.hint}
                </p>
              ) : null}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The account's current password, asked again before something that matters
 * (a new address, a new password, a copy or a deletion of one's data). Never
 * given a value: a password is not sent back into a page.
 */
export function CurrentPasswordField({ id, label = "Current password", hint, error }: { id: string; label?: string; hint?: ReactNode; error?: string }) {
  return <TextField id={id} name="currentPassword" label={label} hint={hint} error={error} input={{ type: "password", autoComplete: "current-password" }} />;
}

/**
 * One box to tick, with its label beside it on the same line, e.g. "I understand this cannot be undone".
 * Its error is announced with it; the server decides whether it had to be ticked.
 */
export function CheckboxField({ id, name, label, hint, error }: { id: string; name: string; label: string; hint?: ReactNode; error?: string }) {
  return (
    <div>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="mt-1 flex items-start gap-2">
        <input id={id} name={name} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="mt-1 h-5 w-5 shrink-0" />
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
      </div>
    </div>
  );
}
