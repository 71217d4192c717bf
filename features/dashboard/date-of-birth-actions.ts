"use server";

import { revalidatePath } from "next/cache";
import { formatDay } from "@/lib/dates";
import { formAction, refuse } from "@/server/boundary";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { dateOfBirthCorrectionSchema, type DateOfBirthCorrectionReceipt } from "./date-of-birth-correction";
import { requestDateOfBirthCorrection } from "./date-of-birth-service";

/**
 * Asks for a date-of-birth correction (a request for the Privacy
 * Administrator, never an edit), used through useActionState so it works
 * with and without JavaScript.
 */
export const requestDateOfBirthCorrectionAction = formAction({
  access: "customer",
  schema: dateOfBirthCorrectionSchema,
  run: async (correction, context) => {
    const outcome = await requestDateOfBirthCorrection(context.db, context.actor, correction, context.now);
    if (outcome.kind === "key-conflict") refuse("Nothing was sent: the form expired. Reload the page and try again.");
    kickEmailDispatcher();
    revalidatePath("/account");
    const { reference, answerBy } = outcome.request;
    return {
      status: "success",
      message: `Request ${reference} received. We will verify the new date and answer by ${formatDay(answerBy)}.`,
      result: { reference, answerBy } satisfies DateOfBirthCorrectionReceipt,
    };
  },
});
