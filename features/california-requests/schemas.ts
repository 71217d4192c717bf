import { z } from "zod";
import { POSTAL_CODE_PATTERN, US_STATE_CODES } from "@/lib/postal-address";
import { fieldLimits, isGiven, optionalEmail, publicRequestControls, requiredText } from "@/lib/requests/public-request-fields";

/**
 * The "Your California Privacy Rights" request (Civil Code 1798.83), with the
 * fields the policy lists: name, street address (optional when the answer
 * goes by email), city, state, ZIP, and how the answer should be sent.
 * Shared by the form and the server action; strict.
 */

export const ANSWER_CHANNELS = ["email", "postal"] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

export const answerChannelLabels: Record<AnswerChannel, string> = {
  email: "By email",
  postal: "By postal mail",
};

// These two rules depend on the chosen channel; they also run while other fields are still wrong, so every problem shows at once.
const ALWAYS = { when: () => true } as const;

export const californiaRequestSchema = z
  .strictObject({
    ...publicRequestControls,
    fullName: requiredText("Enter your name.", `Your name can be at most ${fieldLimits.name} characters.`, fieldLimits.name),
    answerChannel: z.enum(ANSWER_CHANNELS, { error: "Choose how we should send our answer: by email or by postal mail." }),
    email: optionalEmail("Enter an email address like name@example.com."),
    streetAddress: z
      .string()
      .trim()
      .max(fieldLimits.streetAddress, { error: `Your street address can be at most ${fieldLimits.streetAddress} characters.` })
      .optional()
      .transform((value) => value || null),
    city: requiredText("Enter your city.", `Your city can be at most ${fieldLimits.city} characters.`, fieldLimits.city),
    state: z
      .string({ error: "Enter your state as its two-letter code, for example CA." })
      .trim()
      .toUpperCase()
      .refine((code) => (US_STATE_CODES as readonly string[]).includes(code), { error: "Enter your state as its two-letter code, for example CA." }),
    postalCode: z
      .string({ error: "Enter your ZIP code." })
      .trim()
      .min(1, { error: "Enter your ZIP code." })
      .regex(new RegExp(`^${POSTAL_CODE_PATTERN}$`), { error: "Enter a ZIP code of 5 digits, or 9 digits as 12345-6789." })
      .transform((zip) => zip.replace("-", ""))
      .transform((zip) => (zip.length === 9 ? `${zip.slice(0, 5)}-${zip.slice(5)}` : zip)),
  })
  .refine((request) => request.answerChannel !== "email" || isGiven(request.email), {
    path: ["email"],
    error: "Enter your email address: you chose to get our answer by email.",
    ...ALWAYS,
  })
  .refine((request) => request.answerChannel !== "postal" || isGiven(request.streetAddress), {
    path: ["streetAddress"],
    error: "Enter your street address: you chose to get our answer by postal mail.",
    ...ALWAYS,
  });

export type CaliforniaRequestInput = z.input<typeof californiaRequestSchema>;
export type CaliforniaRequest = z.output<typeof californiaRequestSchema>;
