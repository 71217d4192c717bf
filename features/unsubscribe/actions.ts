"use server";

import { notFound, redirect } from "next/navigation";
import { formAction, refuse } from "@/server/boundary";
import { confirmationPath } from "./promotional-email";
import { confirmUnsubscribeSchema } from "./schemas";
import { type UnsubscribeOutcome, unsubscribeWithToken } from "./service";
import { logger } from "@/server/log/logger.mjs";

/**
 * The confirmation page's button: the same opt-out as the one-click POST, for
 * a person. Public: it reads no session and needs no cookie; the token (put in
 * the form by the page, checked again here) is the only authority, and one
 * that is no link of ours finds nothing. Ends on the page again, which then
 * says it is done. Used through useActionState, so it works without JavaScript.
 */
export const confirmUnsubscribeAction = formAction({
  access: "public",
  schema: confirmUnsubscribeSchema,
  run: async ({ token }, context) => {
    let outcome: UnsubscribeOutcome;
    try {
      outcome = await unsubscribeWithToken(context.db, token, { now: context.now });
    } catch (error) {
      logger().error(`Unsubscribe from the confirmation page failed: ${error instanceof Error ? error.message : String(error)}`);
      refuse("We could not unsubscribe you just now. Nothing was changed; please try again in a minute.");
    }
    if (outcome.status === "invalid") notFound();
    redirect(confirmationPath(encodeURIComponent(token)));
  },
});
