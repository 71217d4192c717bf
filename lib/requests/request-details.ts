import { z } from "zod";
import type { PrivacyRequestType } from "@/lib/domain";

/**
 * What each type of request says besides who asked: the type's own fields, as
 * the form (or the customer's account) wrote them. Stored as JSON in
 * `details_json`, exactly as written; read back through `parseRequestDetails`
 * only, so every reader gets the type's own shape instead of a bag of strings.
 * Plain data (no "server-only"), so pages can show it.
 */

/** When a signed-in customer re-entered their password for this request (a fresh sign-in). */
interface IdentityCheck {
  reauthenticatedAt?: string;
}

export type AccessDetails = IdentityCheck;
export type DeletionDetails = IdentityCheck;

/** A change of the date of birth, asked for on the customer's dashboard; made only once the new date is verified. */
export interface DateOfBirthCorrectionDetails {
  field: "date_of_birth";
  /** YYYY-MM-DD, as typed (checked again before it is written). */
  requestedValue: string;
  note: string | null;
}

/** Anything else that is wrong, in the customer's words, about one category of their information. */
export interface RecordCorrectionDetails extends IdentityCheck {
  /** The category's id (content/data-categories.ts). */
  field: string;
  /** The category's title when the request was made. */
  fieldTitle: string;
  correction: string;
}

export type CorrectionDetails = DateOfBirthCorrectionDetails | RecordCorrectionDetails;

/** A correction of the date of birth, which only the workflow may make (once the new date is verified). */
export function isDateOfBirthCorrection(details: CorrectionDetails): details is DateOfBirthCorrectionDetails {
  return details.field === "date_of_birth";
}

export interface CaliforniaRequestDetails {
  answerChannel: "email" | "postal";
}

/** A report about a minor's data. The child's account number is kept masked only. */
export interface MinorReportDetails {
  reporterPhone: string | null;
  relation: string | null;
  childAge: number | null;
  childEmail: string | null;
  childPhone: string | null;
  childAccountNumber: string | null;
  disclosed: string;
  anythingElse: string | null;
}

export interface RequestDetailsByType {
  access: AccessDetails;
  deletion: DeletionDetails;
  correction: CorrectionDetails;
  california_privacy_rights: CaliforniaRequestDetails;
  minor_report: MinorReportDetails;
}

export type RequestDetails = RequestDetailsByType[PrivacyRequestType];

/** A request's type with its details: narrowing on `type` narrows `details`. */
export type TypedRequestDetails = { [Type in PrivacyRequestType]: { type: Type; details: RequestDetailsByType[Type] } }[PrivacyRequestType];

// Read leniently: a row written before a field existed (or by a test) still reads, with the field empty.
const optionalText = z.string().optional().catch(undefined);
const nullableText = z.string().nullable().catch(null);
const identityCheck = { reauthenticatedAt: optionalText };

const identityCheckSchema = z.object(identityCheck);
const dateOfBirthCorrectionSchema = z.object({ field: z.literal("date_of_birth"), requestedValue: z.string().catch(""), note: nullableText });
const recordCorrectionSchema = z.object({ field: z.string().catch(""), fieldTitle: z.string().optional(), correction: z.string().catch(""), ...identityCheck });

// Key order as the forms write them, so a page listing them shows them in that order.
const detailSchemas: { [Type in PrivacyRequestType]: z.ZodType<RequestDetailsByType[Type]> } = {
  access: identityCheckSchema,
  deletion: identityCheckSchema,
  correction: z.union([
    dateOfBirthCorrectionSchema,
    recordCorrectionSchema.transform(({ fieldTitle, ...correction }) => {
      const details: RecordCorrectionDetails = { field: correction.field, fieldTitle: fieldTitle ?? correction.field, correction: correction.correction };
      if (correction.reauthenticatedAt !== undefined) details.reauthenticatedAt = correction.reauthenticatedAt;
      return details;
    }),
  ]),
  california_privacy_rights: z.object({ answerChannel: z.enum(["email", "postal"]).catch("email") }),
  minor_report: z.object({
    reporterPhone: nullableText,
    relation: nullableText,
    childAge: z.number().nullable().catch(null),
    childEmail: nullableText,
    childPhone: nullableText,
    childAccountNumber: nullableText,
    disclosed: z.string().catch(""),
    anythingElse: nullableText,
  }),
};

/** A request's stored details, in its type's shape. */
export function parseRequestDetails<Type extends PrivacyRequestType>(type: Type, detailsJson: string): RequestDetailsByType[Type] {
  const stored: unknown = JSON.parse(detailsJson);
  return detailSchemas[type].parse(typeof stored === "object" && stored !== null ? stored : {});
}

/** The type and its details read together, so the pair stays narrowable. */
export function readTypedDetails(type: PrivacyRequestType, detailsJson: string): TypedRequestDetails {
  return { type, details: parseRequestDetails(type, detailsJson) } as TypedRequestDetails;
}
