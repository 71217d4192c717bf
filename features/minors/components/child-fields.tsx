"use client";

import { FieldGroup, TextAreaField, TextField } from "@/components/ui/form-fields";
import { useRequestFormFields } from "@/components/ui/request-form";
import { fieldLimits } from "@/lib/requests/public-request-fields";

const HINTS = {
  reporter: {
    identifiers: "Give at least one, so we can find the information. Leave the others empty.",
    accountNumber: "As it appears on a bill, for example PC-12345678.",
    disclosed: "For example their name, date of birth, school or photos.",
  },
  staff: {
    identifiers: "At least one, as the report gives it: each is matched against every account, and each matched account is held from the moment the report is recorded.",
    accountNumber: "As the report gives it, for example PC-12345678.",
    disclosed: "In the reporter's words, or a faithful summary.",
  },
} as const;

/**
 * "About the child": the fields the report is matched and kept by, inside a
 * RequestForm. The public form shows them to the reporter; the console's form
 * for a report received by email or post (features/admin) shows them to staff,
 * with hints in their words. The same names, so the same schema checks both.
 */
export function MinorReportChildFields({ audience }: { audience: keyof typeof HINTS }) {
  const { id, field: text, errors } = useRequestFormFields();
  const hints = HINTS[audience];
  return (
    <FieldGroup id={id("about-the-child")} legend="About the child">
      <TextField {...text("childAge")} label="The child's age" hint="In whole years, from 0 to 17." input={{ inputMode: "numeric", maxLength: 3, autoComplete: "off" }} />
      <FieldGroup id={id("childIdentifiers")} legend="What the child used with us" hint={hints.identifiers} error={errors.childIdentifiers}>
        <TextField {...text("childEmail")} label="Email address the child used" input={{ type: "email", autoComplete: "off", maxLength: fieldLimits.email, spellCheck: false }} />
        <TextField {...text("childPhone")} label="Phone number the child used" input={{ type: "tel", autoComplete: "off", maxLength: fieldLimits.phone }} />
        <TextField {...text("childAccountNumber")} label="Account number" hint={hints.accountNumber} input={{ autoComplete: "off", maxLength: fieldLimits.accountNumber }} />
      </FieldGroup>
      <TextAreaField {...text("disclosed")} label="What information about the child was disclosed?" hint={hints.disclosed} maxLength={fieldLimits.freeText} />
      <TextAreaField {...text("anythingElse")} label="Anything else we should know" optional maxLength={fieldLimits.freeText} />
    </FieldGroup>
  );
}
