import { z } from "zod";
import { HONEYPOT_FIELD, IDEMPOTENCY_FIELD } from "@/lib/forms/form-state";

/**
 * Field schemas the public request forms share. An empty optional field
 * arrives as "" and leaves as null. Messages say what to do, in words a
 * person understands; limits are shown by the forms as `maxLength`.
 */

export const fieldLimits = {
  name: 120,
  email: 254,
  phone: 30,
  accountNumber: 40,
  streetAddress: 200,
  city: 80,
  freeText: 2000,
} as const;

export const requiredText = (missing: string, tooLong: string, max: number) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });

const limitedText = (missing: string, what: string) =>
  z.string({ error: missing }).max(fieldLimits.freeText, { error: `${what} can be at most ${fieldLimits.freeText} characters.` });

/** Free text kept exactly as written (no trimming, no stripping of markup): it is always rendered escaped. */
export const freeText = (missing: string, what: string) => limitedText(missing, what).refine((value) => value.trim() !== "", { error: missing });

/** Optional free text, kept exactly as written; left empty, it is null. */
export const optionalFreeText = (what: string) =>
  limitedText("", what)
    .optional()
    .transform((value) => (value?.trim() ? value : null));

export const optionalEmail = (invalid: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(fieldLimits.email, { error: `An email address can be at most ${fieldLimits.email} characters.` })
    .pipe(z.union([z.literal(""), z.email({ error: invalid })]))
    .optional()
    .transform((value) => value || null);

/**
 * A phone number, written the way the customer records are ("+1 973 555
 * 0142" for a US number, "+<digits>" otherwise), so it can be matched.
 */
export const optionalPhone = z
  .string()
  .trim()
  .max(fieldLimits.phone, { error: `A phone number can be at most ${fieldLimits.phone} characters.` })
  .regex(/^(\+?[0-9 ().-]+)?$/, { error: "Enter a phone number using digits, spaces, brackets or dashes, for example 973 555 0142." })
  .refine((value) => value === "" || isPlausiblePhone(value), { error: "Enter a phone number of 10 to 15 digits, with the area code." })
  .optional()
  .transform((value) => (value ? formatPhoneNumber(value) : null));

function isPlausiblePhone(value: string): boolean {
  const digits = value.replace(/\D/g, "");
  return digits.length >= 10 && digits.length <= 15;
}

export function formatPhoneNumber(value: string): string {
  const digits = value.replace(/\D/g, "");
  const national = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  return national.length === 10 ? `+1 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}` : `+${digits}`;
}

/** True when a field holds something; for refinements that also run while other fields are still invalid. */
export function isGiven(value: unknown): boolean {
  return typeof value === "string" ? value.trim() !== "" : value !== null && value !== undefined;
}

/**
 * The two hidden fields every public request form carries, as schema members:
 * the idempotency key the page made when it rendered, and the honeypot, which
 * a person never sees and a bot fills in (checked by the action, not refused
 * here, so a bot learns nothing).
 */
export const publicRequestControls = {
  [IDEMPOTENCY_FIELD]: z.uuid({ error: "This form has expired. Please reload the page and try again." }),
  [HONEYPOT_FIELD]: z.string().max(500).optional(),
};
