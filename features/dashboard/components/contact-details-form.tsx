"use client";

import { buttonClass } from "@/components/ui/button-styles";
import { type ComponentProps, useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldLabel, HintAndError } from "@/components/ui/field-parts";
import { idleFormState } from "@/lib/forms/form-state";
import { correctContactDetailsAction } from "../actions";
import { POSTAL_CODE_PATTERN } from "@/lib/postal-address";
import { contactFieldLimits, type ContactField } from "../schemas";
import "./your-information.css";

interface FieldSpec {
  name: ContactField;
  label: string;
  hint?: string;
  input: Partial<Pick<ComponentProps<"input">, "type" | "autoComplete" | "inputMode" | "maxLength" | "pattern" | "className">>;
}

const fields: FieldSpec[] = [
  { name: "fullName", label: "Full name", input: { autoComplete: "name", maxLength: contactFieldLimits.fullName } },
  { name: "streetAddress", label: "Street address", input: { autoComplete: "address-line1", maxLength: contactFieldLimits.streetAddress } },
  { name: "city", label: "City", input: { autoComplete: "address-level2", maxLength: contactFieldLimits.city } },
  { name: "state", label: "State", hint: "Two-letter code, for example NJ.", input: { autoComplete: "address-level1", maxLength: 2, className: "w-20 uppercase" } },
  {
    name: "postalCode",
    label: "ZIP code",
    hint: "5 digits, or 9 digits as 12345-6789.",
    input: { autoComplete: "postal-code", inputMode: "numeric", maxLength: 10, pattern: POSTAL_CODE_PATTERN, className: "w-36" },
  },
  { name: "phone", label: "Phone number", hint: "With the area code, for example 973 555 0142.", input: { type: "tel", autoComplete: "tel" } },
];

const fieldId = (name: ContactField) => `contact-${name}`;
const summaryFields = fields.map((field) => ({ name: field.name, targetId: fieldId(field.name) }));

/**
 * The correction form. A plain form posting to a server action, so it works
 * before and without JavaScript; with JavaScript, useActionState shows the
 * same messages inline without a page load. The browser's own validation is
 * off (noValidate) so every reader gets the same, explained messages.
 */
export function ContactDetailsForm({ current }: { current: Record<ContactField, string> }) {
  const [state, formAction, pending] = useActionState(correctContactDetailsAction, idleFormState);
  const fieldErrors = state.fieldErrors ?? {};

  return (
    <form action={formAction} noValidate className="mt-4 max-w-xl space-y-4">
      {state.status === "error" && state.message ? <ErrorSummary message={state.message} fieldErrors={fieldErrors} fields={summaryFields} /> : null}

      {fields.map((field) => {
        const id = fieldId(field.name);
        const error = fieldErrors[field.name];
        return (
          <div key={field.name}>
            <FieldLabel htmlFor={id} label={field.label} />
            <HintAndError id={id} hint={field.hint} error={error} />
            <input
              id={id}
              name={field.name}
              type={field.input.type ?? "text"}
              required
              defaultValue={state.values?.[field.name] ?? current[field.name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, field.hint, error)}
              autoComplete={field.input.autoComplete}
              inputMode={field.input.inputMode}
              maxLength={field.input.maxLength}
              pattern={field.input.pattern}
              className={["held-input", error ? "border-red-700 dark:border-red-400" : null, field.input.className].filter(Boolean).join(" ")}
            />
          </div>
        );
      })}

      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? "Saving…" : "Save corrections"}
        </button>
        <p role="status" className="font-medium">
          {state.status === "success" ? state.message : ""}
        </p>
      </div>
    </form>
  );
}
