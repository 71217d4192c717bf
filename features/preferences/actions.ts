"use server";

import { revalidatePath } from "next/cache";
import { requireCustomer } from "@/server/auth/current-account";
import { changeChoiceSchema, describeInputProblem, gpcAnswerSchema } from "./schemas";
import { answerGpcConflict, changeChoice } from "./service";

/**
 * The forms that work without JavaScript. Each: parse → the session's customer
 * (never an id from the form) → the service → fresh pages. A refused input can
 * only come from a tampered form, so it goes to the error page.
 */

export async function saveChoiceAction(formData: FormData): Promise<void> {
  // An unticked checkbox sends nothing: absence means "off".
  const parsed = changeChoiceSchema.safeParse({ choiceKey: formData.get("choiceKey"), value: formData.get("value") !== null });
  if (!parsed.success) throw new Error(describeInputProblem(parsed.error));
  const customer = await requireCustomer();
  await changeChoice({ customerId: customer.accountId, choiceKey: parsed.data.choiceKey, value: parsed.data.value, method: "dashboard" });
  revalidatePath("/account/choices");
}

export async function answerGpcPromptAction(formData: FormData): Promise<void> {
  const parsed = gpcAnswerSchema.safeParse({ choiceKey: formData.get("choiceKey"), answer: formData.get("answer") });
  if (!parsed.success) throw new Error(describeInputProblem(parsed.error));
  const customer = await requireCustomer();
  await answerGpcConflict({ customerId: customer.accountId, ...parsed.data });
  // The notice sits in the account layout, above every account page.
  revalidatePath("/account", "layout");
}
