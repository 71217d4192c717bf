import { z } from "zod";
import { fieldLimits, isGiven, requiredText } from "@/lib/requests/public-request-fields";
import { childIdentifierProblem, hasChildIdentifier, minorReportFields } from "@/features/minors";
import { arrivalFields, hasPostalAddress, isPartOfAddressOnly, partialAddressProblem, postalFields } from "./intake-schemas";

/**
 * A report about a minor's data that reached the Privacy Administrator by
 * email or by post, as staff record it in the console: how and when it
 * arrived (as every recorded request), and the minors feature's own fields and
 * rules for the reporter and the child, so the report is checked as the public
 * form checks it. Strict. Server-side only (it reads features/minors), so the
 * form takes its labels as props.
 *
 * Differences from the public form, because a letter is not a form:
 * - the reporter may be reached by email, phone or a full postal address (a
 *   letter may give only its return address);
 * - a report by email needs the address it came from.
 */
const ALWAYS = { when: () => true } as const;

export const intakeMinorReportSchema = z
  .strictObject({
    ...arrivalFields,
    ...minorReportFields,
    // Staff type the reporter's name, not their own.
    reporterName: requiredText("Enter the reporter's name.", `A name can be at most ${fieldLimits.name} characters.`, fieldLimits.name),
    ...postalFields,
  })
  .refine((r) => isGiven(r.reporterEmail) || isGiven(r.reporterPhone) || hasPostalAddress(r), {
    path: ["reporterContact"],
    error: "Enter an email address, a phone number or a full postal address for the reporter: the answer must reach them.",
    ...ALWAYS,
  })
  .refine((r) => !isPartOfAddressOnly(r), partialAddressProblem())
  .refine((r) => r.channel !== "email" || isGiven(r.reporterEmail), {
    path: ["reporterEmail"],
    error: "Enter the address the email came from.",
    ...ALWAYS,
  })
  .refine(hasChildIdentifier, childIdentifierProblem());

export type IntakeMinorReportInput = z.output<typeof intakeMinorReportSchema>;
