import { z } from "zod";
import { fieldLimits, freeText, isGiven, optionalEmail, optionalFreeText, optionalPhone, publicRequestControls, requiredText } from "@/lib/requests/public-request-fields";

/**
 * The "Report a minor's data" form: only what the Privacy Administrator needs
 * to find the child's data and reach the reporter. Shared by the form (field
 * limits) and the server action (the authority). Strict: an unknown field is
 * refused, never stored.
 */

export const RELATIONS = ["parent", "guardian", "other"] as const;
export type Relation = (typeof RELATIONS)[number];

export const relationLabels: Record<Relation, string> = {
  parent: "Parent",
  guardian: "Legal guardian",
  other: "Someone else",
};

const childAge = z
  .string({ error: "Enter the child's age." })
  .trim()
  .min(1, { error: "Enter the child's age." })
  .regex(/^[0-9]{1,3}$/, { error: "Enter the child's age in whole years, as a number from 0 to 17." })
  .transform(Number)
  .refine((age) => age <= 17, {
    error: "This form is for children under 18. For someone 18 or older, please write to the Privacy Administrator at legal@phone.com.",
  });

const accountNumber = z
  .string()
  .trim()
  .max(fieldLimits.accountNumber, { error: `An account number can be at most ${fieldLimits.accountNumber} characters.` })
  .regex(/^[A-Za-z0-9 -]*$/, { error: "Enter the account number as it appears on a bill: letters, digits and dashes." })
  .optional()
  .transform((value) => value || null);

// Group problems are reported on the group, not on one of its fields; the form shows them on the fieldset.
const ALWAYS = { when: () => true } as const;

/**
 * The reporter's and the child's fields. The public form's, and the console's
 * when staff record a report that came by email or post (features/admin
 * intake), so both are checked by the same rules.
 */
export const minorReportFields = {
  reporterName: requiredText("Enter your name.", `Your name can be at most ${fieldLimits.name} characters.`, fieldLimits.name),
  reporterEmail: optionalEmail("Enter an email address like name@example.com."),
  reporterPhone: optionalPhone,
  relation: z.enum(RELATIONS, { error: "Choose how you are related to the child." }),
  childAge,
  childEmail: optionalEmail("Enter the child's email address like name@example.com, or leave it empty."),
  childPhone: optionalPhone,
  childAccountNumber: accountNumber,
  disclosed: freeText("Tell us what information about the child was disclosed.", "What was disclosed"),
  anythingElse: optionalFreeText("Anything else"),
};

/** At least one thing the child used, or nothing can be matched. */
export const hasChildIdentifier = (report: { childEmail?: unknown; childPhone?: unknown; childAccountNumber?: unknown }) =>
  isGiven(report.childEmail) || isGiven(report.childPhone) || isGiven(report.childAccountNumber);

/** Where and how the child-identifier rule speaks: on the group of the child's fields. */
export const childIdentifierProblem = () => ({
  path: ["childIdentifiers"],
  error: "Tell us at least one thing the child used: an email address, a phone number or an account number.",
  ...ALWAYS,
});

export const minorReportSchema = z
  .strictObject({ ...publicRequestControls, ...minorReportFields })
  .refine((report) => isGiven(report.reporterEmail) || isGiven(report.reporterPhone), {
    path: ["reporterContact"],
    error: "Give an email address or a phone number, so we can reach you about this report.",
    ...ALWAYS,
  })
  .refine(hasChildIdentifier, childIdentifierProblem());

export type MinorReportInput = z.input<typeof minorReportSchema>;
export type MinorReport = z.output<typeof minorReportSchema>;
