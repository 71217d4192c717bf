"use server";

import { revalidatePath } from "next/cache";
import { choices } from "@/content/choices";
import { formAction, postAction } from "@/server/boundary";
import { savedChoiceMessage, type SavedChoice } from "./choice-values";
import { gpcAnswerSchema, saveChoiceSchema } from "./schemas";
import { answerGpcConflict, changeChoice } from "./service";

/**
 * One choice, saved: the one way a choice changes on the dashboard. The
 * toggle's form posts here without JavaScript (through useActionState), and
 * with JavaScript the toggle's mutation calls this same action with the same
 * fields. Whose choice it is comes from the session; the choice is found by
 * its key, and a key naming no choice (only a tampered form sends one) is
 * answered like a page that does not exist: 404, in the site's words.
 */
export const saveChoiceAction = formAction({
  access: "customer",
  schema: saveChoiceSchema,
  authorize: async (input) => choices.find((choice) => choice.key === input.choiceKey),
  run: async (input, context, choice) => {
    const saved = await changeChoice(
      context.db,
      { customerId: context.actor.accountId, choiceKey: choice.key, value: input.value === "on", method: "dashboard" },
      { now: context.now },
    );
    // The history and the Global Privacy Control notice are server-rendered: the answer brings them afresh.
    revalidatePath("/account/choices");
    return { status: "success", message: savedChoiceMessage(choice.title, saved.value), result: saved satisfies SavedChoice };
  },
});

/**
 * "Keep my choice" or "Apply the signal" in the Global Privacy Control
 * notice: a plain form, so it works without JavaScript. The notice offers
 * only the choices and answers there are, so anything else is answered 404.
 */
export const answerGpcPromptAction = postAction({
  access: "customer",
  schema: gpcAnswerSchema,
  run: async (input, context) => {
    await answerGpcConflict(context.db, { customerId: context.actor.accountId, ...input }, { now: context.now });
    // The notice sits in the account layout, above every account page.
    revalidatePath("/account", "layout");
  },
});
