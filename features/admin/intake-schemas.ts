import { z } from "zod";
import { POSTAL_CODE_PATTERN, US_STATE_CODES } from "@/lib/postal-address";
import { fieldLimits, freeText, isGiven, optionalEmail, optionalFreeText, publicRequestControls, requiredText } from "@/lib/requests/public-request-fields";

/**
 * A request that reached the Privacy Administrator by email or by post, as
 * staff record it in the console. Shared by the form and the server action;
 * strict.
 *
 * The channels are the policy's own (2019-04-05, "Your California Privacy
 * Rights" and "Review, update, correct, or delete"): email to legal@phone.com,
 * or a letter to Phone.com, 184 South Livingston Avenue, Suite 9-222,
 * Livingston, NJ 07039. Telephone is not offered for any type: the policy
 * says "We will not accept requests via the telephone or by facsimile" for
 * California Privacy Rights requests, and names only email (and the postal
 * address) for access, correction and deletion. See docs/decisions/0015.
 *
 * A minor's report that came by email or post is recorded with its own
 * fields (intake-minor-report-schema.ts, server-side: it takes the minors
 * feature's fields and rules), on the same page once that kind is chosen.
 */

export const INTAKE_CHANNELS = ["email", "post"] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const intakeChannelLabels: Record<IntakeChannel, string> = {
  email: "By email (to legal@phone.com)",
  post: "By post (to the Livingston, NJ address)",
};

export const INTAKE_REQUEST_TYPES = ["access", "deletion", "correction", "california_privacy_rights"] as const;
export type IntakeRequestType = (typeof INTAKE_REQUEST_TYPES)[number];

export const intakeTypeLabels: Record<IntakeRequestType, string> = {
  access: "Access: a copy of their information",
  deletion: "Deletion of their information",
  correction: "Correction of their information",
  california_privacy_rights: "Your California Privacy Rights (Civil Code 1798.83)",
};

export const ANSWER_CHANNELS = ["email", "postal"] as const;

export const answerChannelLabels: Record<(typeof ANSWER_CHANNELS)[number], string> = {
  email: "By email",
  postal: "By postal mail",
};

/**
 * The oldest receipt date the form takes: a year back. An older date is far
 * more likely a typing mistake than a letter found a year late (any such
 * request is long past the 90 days of 11 CCR §7021(b), and calls for more
 * than a form).
 */
export const OLDEST_RECEIPT_DAYS = 365;

const ALWAYS = { when: () => true } as const;

const optionalLine = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} can be at most ${max} characters.` })
    .optional()
    .transform((value) => value || null);

/** How and when it arrived: every recorded request and report has these. */
export const arrivalFields = {
  ...publicRequestControls,
  channel: z.enum(INTAKE_CHANNELS, { error: "Choose how the request came in: by email or by post." }),
  receivedOn: z
    .string({ error: "Enter the date the request was received." })
    .trim()
    .min(1, { error: "Enter the date the request was received." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter the date as YYYY-MM-DD, for example 2026-11-27." })
    .refine((day) => isCalendarDay(day), { error: "Enter a real date, for example 2026-11-27." }),
  enclosures: optionalFreeText("The note of what was enclosed"),
};

/** A postal address, all four parts or none (a California request may leave out the street). */
export const postalFields = {
  streetAddress: optionalLine("A street address", fieldLimits.streetAddress),
  city: optionalLine("A city", fieldLimits.city),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => code === "" || (US_STATE_CODES as readonly string[]).includes(code), { error: "Enter the state as its two-letter code, for example NJ." })
    .optional()
    .transform((value) => value || null),
  postalCode: z
    .string()
    .trim()
    .regex(new RegExp(`^(${POSTAL_CODE_PATTERN})?$`), { error: "Enter a ZIP code of 5 digits, or 9 digits as 12345-6789." })
    .optional()
    .transform((zip) => (zip ? zip.replace("-", "") : null))
    .transform((zip) => (zip && zip.length === 9 ? `${zip.slice(0, 5)}-${zip.slice(5)}` : zip)),
};

/** The problem of an address given in part only, on the street field. */
export const partialAddressProblem = () => ({ path: ["streetAddress"], error: "Enter the whole postal address (street, city, state and ZIP), or leave all four empty.", ...ALWAYS });

export const intakeSchema = z
  .strictObject({
    ...arrivalFields,
    type: z.enum(INTAKE_REQUEST_TYPES, { error: "Choose what kind of request it is." }),
    requesterName: requiredText("Enter the requester's name.", `A name can be at most ${fieldLimits.name} characters.`, fieldLimits.name),
    requesterEmail: optionalEmail("Enter an email address like name@example.com."),
    ...postalFields,
    answerChannel: z.enum(ANSWER_CHANNELS, { error: "Choose how they asked to get the answer." }).optional(),
    asked: freeText("Enter what they asked, in their words or a faithful summary.", "What they asked"),
  })
  // Somewhere to send the answer: an email address, or a whole postal address.
  .refine((r) => isGiven(r.requesterEmail) || hasPostalAddress(r), {
    path: ["requesterEmail"],
    error: "Enter an email address or a full postal address (street, city, state and ZIP): the answer must go somewhere.",
    ...ALWAYS,
  })
  .refine((r) => !isPartOfAddressOnly(r), partialAddressProblem())
  .refine((r) => !isEmailRequest(r) || isGiven(r.requesterEmail), {
    path: ["requesterEmail"],
    error: "Enter the address the email came from.",
    ...ALWAYS,
  })
  // Civil Code 1798.83 requests: the policy asks for the answer channel, city, state and ZIP; the street only for an answer by post.
  .refine((r) => r.type !== "california_privacy_rights" || isGiven(r.answerChannel), {
    path: ["answerChannel"],
    error: "Choose how they asked to get the answer: by email or by postal mail.",
    ...ALWAYS,
  })
  .refine((r) => r.type !== "california_privacy_rights" || (isGiven(r.city) && isGiven(r.state) && isGiven(r.postalCode)), {
    path: ["city"],
    error: "Enter the city, state and ZIP code: the policy asks for them on every California Privacy Rights request.",
    ...ALWAYS,
  })
  .refine((r) => r.type !== "california_privacy_rights" || r.answerChannel !== "email" || isGiven(r.requesterEmail), {
    path: ["requesterEmail"],
    error: "Enter their email address: they asked for the answer by email.",
    ...ALWAYS,
  })
  .refine((r) => r.type !== "california_privacy_rights" || r.answerChannel !== "postal" || isGiven(r.streetAddress), {
    path: ["streetAddress"],
    error: "Enter their street address: they asked for the answer by postal mail.",
    ...ALWAYS,
  });

export type IntakeInput = z.output<typeof intakeSchema>;

type AddressParts = { streetAddress?: unknown; city?: unknown; state?: unknown; postalCode?: unknown };

export function hasPostalAddress(r: AddressParts): boolean {
  return [r.streetAddress, r.city, r.state, r.postalCode].every(isGiven);
}

export function isPartOfAddressOnly(r: AddressParts & { type?: unknown }): boolean {
  // A California request may give city, state and ZIP without a street (the answer then goes by email).
  const parts = r.type === "california_privacy_rights" ? [r.city, r.state, r.postalCode] : [r.streetAddress, r.city, r.state, r.postalCode];
  const given = parts.filter(isGiven).length;
  return given > 0 && given < parts.length;
}

function isEmailRequest(r: { channel?: unknown }): boolean {
  return r.channel === "email";
}

/** "2026-02-30" is no day: the date it would roll over to differs from what was typed. */
function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}
