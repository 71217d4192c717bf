"use server";

import { revalidatePath } from "next/cache";
import { formAction, refuse } from "@/server/boundary";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { contactDetailsSchema } from "./schemas";
import { applyContactCorrection } from "./service";

/**
 * The correction form's action, used through useActionState so it works with
 * and without JavaScript: it updates the customer's own record only
 * (`where account_id = ?`, the id taken from the session).
 */
export const correctContactDetailsAction = formAction({
  access: "customer",
  schema: contactDetailsSchema,
  run: async (details, context) => {
    const outcome = await applyContactCorrection(context.db, context.actor.accountId, details, context.now);
    if (!outcome.updated) refuse("Nothing was saved: this account has no customer record to correct.");
    if (outcome.notified) kickEmailDispatcher();
    revalidatePath("/account");
    // The details as saved (state in capitals, ZIP+4 and phone written out), for the fields to show.
    return { status: "success", message: "Saved. Your corrected details are shown above.", values: { ...details } };
  },
});
