import { z } from "zod";

/**
 * A date of birth cannot be deleted and changes only once the new date is
 * verified (policy, "Review, Update, Correct, or Delete"), so a change is a
 * correction request for the Privacy Administrator, never an edit.
 */
export const dateOfBirthCorrectionSchema = z.strictObject({
  dateOfBirth: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as year, month and day, e.g. 1984-06-12.")
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), "That date does not exist.")
    .refine((day) => day >= "1900-01-01", "Enter a date after 1900.")
    .refine((day) => day <= new Date().toISOString().slice(0, 10), "A date of birth cannot be in the future."),
  note: z.string().trim().max(500, "Keep the note to 500 characters.").optional().default(""),
  idempotencyKey: z.uuid("The form expired. Reload the page and try again."),
});

export type DateOfBirthCorrection = z.output<typeof dateOfBirthCorrectionSchema>;

/** What a received correction request answers the form with. */
export interface DateOfBirthCorrectionReceipt {
  reference: string;
  answerBy: string;
}
