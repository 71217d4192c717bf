"use server";

import { choicesHref } from "@/lib/account-links";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { choices } from "@/content/choices";
import { formAction, postAction } from "@/server/boundary";
import { savedChoiceMessage, type SavedChoice } from "./choice-values";
import { gpcAnswerSchema, saveChoiceSchema } from "./schemas";
import { sendsGpcHeader } from "./advertising-cookie";
import { answerGpcConflict, changeChoice } from "./service";
import { syncAdvertisingCookie } from "./sync-advertising-cookie";

/**
 * One choice, saved: the one way a choice changes on the dashboard. The
 * toggle's form posts here without JavaScript (through useActionState), and
 * with JavaScript the toggle's mutation calls this same action with the same
 * fields. Whose choice it is comes from the session; the choice is found by
 * its key, and a key naming no choice (only a tampered form sends one) is
 * answered like a page that does not exist: 404, in the site's words.
 *
 * Turning on a choice that Global Privacy Control covers from a browser that
 * sends the signal is the customer's consent despite it, made where the page
 * says the signal is on (CCPA regs §7025(c)(3)): it is recorded as
 * "gpc_consent", so the signal does not turn it off again on the next page.
 */
export const saveChoiceAction = formAction({
  access: "customer",
  schema: saveChoiceSchema,
  authorize: async (input) => choices.find((choice) => choice.key === input.choiceKey),
  run: async (input, context, choice) => {
    const value = input.value === "on";
    const consentDespiteSignal = value && choice.turnedOffByGpc && sendsGpcHeader(await headers());
    const saved = await changeChoice(
      context.db,
      { customerId: context.actor.accountId, choiceKey: choice.key, value, method: consentDespiteSignal ? "gpc_consent" : "dashboard" },
      { now: context.now },
    );
    await syncAdvertisingCookie(context.db, context.actor.accountId, context.siteUrl);
    // The history and the Global Privacy Control notice are server-rendered: the answer brings them afresh.
    revalidatePath(choicesHref);
    return { status: "success", message: savedChoiceMessage(choice.title, saved.value), result: saved satisfies SavedChoice };
  },
});

/**
 * "Turn it back on" or "Keep it off" in the Global Privacy Control notice,
 * for a choice the signal turned off against the customer's own opt-in: a
 * plain form, so it works without JavaScript. The notice offers only the
 * choices and answers there are, so anything else is answered 404.
 */
export const answerGpcPromptAction = postAction({
  access: "customer",
  schema: gpcAnswerSchema,
  run: async (input, context) => {
    await answerGpcConflict(context.db, { customerId: context.actor.accountId, ...input }, { now: context.now });
    await syncAdvertisingCookie(context.db, context.actor.accountId, context.siteUrl);
    // The notice sits in the account layout, above every account page.
    revalidatePath("/account", "layout");
  },
});
