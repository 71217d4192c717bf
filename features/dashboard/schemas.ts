import { z } from "zod";
import { POSTAL_CODE_PATTERN, US_STATE_CODES } from "@/lib/postal-address";

/** Limits the form shows as constraints and the server enforces. */
export const contactFieldLimits = {
  fullName: 120,
  streetAddress: 200,
  city: 80,
} as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, { error: `Enter your ${label}.` })
    .max(max, { error: `Your ${label} can be at most ${max} characters.` });

/**
 * A phone number: US numbers (10 digits, or 11 starting with 1) are written
 * "+1 973 555 0142" like the rest of our records; others keep their digits
 * after a "+".
 */
const phone = z
  .string({ error: "Enter your phone number." })
  .trim()
  .regex(/^\+?[0-9 ().-]+$/, { error: "Enter a phone number using digits, spaces, brackets or dashes, for example 973 555 0142." })
  .transform((value) => value.replace(/\D/g, ""))
  .refine((digits) => digits.length >= 10 && digits.length <= 15, { error: "Enter a phone number of 10 to 15 digits, with the area code." })
  .transform((digits) => {
    const national = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
    return national.length === 10 ? `+1 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}` : `+${digits}`;
  });

/**
 * The details a customer may correct themselves. Date of birth is absent on
 * purpose: a change to it needs verification by the Privacy Administrator.
 * Strict: a field not listed here is rejected, never stored.
 */
export const contactDetailsSchema = z.strictObject({
  fullName: text("full name", contactFieldLimits.fullName),
  streetAddress: text("street address", contactFieldLimits.streetAddress),
  city: text("city", contactFieldLimits.city),
  state: z
    .string({ error: "Enter your state as a two-letter code, for example NJ." })
    .trim()
    .toUpperCase()
    .refine((code): code is (typeof US_STATE_CODES)[number] => (US_STATE_CODES as readonly string[]).includes(code), {
      error: "Enter a US state as its two-letter code, for example NJ or CA.",
    }),
  postalCode: z
    .string({ error: "Enter your ZIP code." })
    .trim()
    .regex(new RegExp(`^${POSTAL_CODE_PATTERN}$`), { error: "Enter a ZIP code of 5 digits, or 9 digits as 12345-6789." })
    .transform((zip) => (zip.length === 9 ? `${zip.slice(0, 5)}-${zip.slice(5)}` : zip)),
  phone,
});

export type ContactDetailsInput = z.input<typeof contactDetailsSchema>;
export type ContactDetails = z.output<typeof contactDetailsSchema>;
export type ContactField = keyof ContactDetails;

export const contactFields = Object.keys(contactDetailsSchema.shape) as ContactField[];
