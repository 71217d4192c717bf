import { z } from "zod";
import { type DataCategoryId, dataCategories } from "@/content/data-categories";
import { fieldLimits, freeText } from "@/lib/requests/public-request-fields";

/**
 * The requests a signed-in customer makes about their own data. Who is asking
 * comes from the session, never from the form; the forms carry only what the
 * customer decides. Shared by the forms and the server actions; strict, so a
 * tampered form is refused whole.
 */

const idempotencyKey = z.uuid({ error: "This form has expired. Please reload the page and send it again." });

/** Access and deletion hand over or destroy data, so the password is asked again (a fresh sign-in). */
const currentPassword = z.string({ error: "Enter your password to confirm it is you." }).min(1, { error: "Enter your password to confirm it is you." }).max(200, { error: "That is not your current password." });

export const accessRequestSchema = z.strictObject({ idempotencyKey, currentPassword });

export const deletionRequestSchema = z.strictObject({
  idempotencyKey,
  currentPassword,
  understood: z.literal("yes", { error: "Tick the box to confirm you have read what will be deleted and what will be kept." }),
});

const categoryIds = dataCategories.map((category) => category.id) as [DataCategoryId, ...DataCategoryId[]];

export const correctionRequestSchema = z.strictObject({
  idempotencyKey,
  category: z.enum(categoryIds, { error: "Choose which kind of information is wrong." }),
  correction: freeText("Tell us what is wrong and what it should say.", "Your description"),
});

export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;

export const CORRECTION_TEXT_LIMIT = fieldLimits.freeText;
