"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { requireFormData } from "@/server/actions/require-form-data";
import { requireCustomer } from "@/server/auth/current-account";
import { changeChoiceSchema, gpcAnswerSchema } from "./schemas";
import { answerGpcConflict, changeChoice } from "./service";

/**
 * The forms that work without JavaScript. Each: parse → the session's customer
 * (never an id from the form) → the service → fresh pages. A refused input can
 * only come from a tampered form (the page offers only the choices there are),
 * so it is answered like a choice that does not exist: 404, in the site's
 * words. Thrown as an error it would be a 500 and an error in the log.
 */

export async function saveChoiceAction(input: FormData): Promise<void> {
  const formData = requireFormData(input);
  // An unticked checkbox sends nothing: absence means "off".
  const parsed = changeChoiceSchema.safeParse({ choiceKey: formData.get("choiceKey"), value: formData.get("value") !== null });
  if (!parsed.success) notFound();
  const customer = await requireCustomer();
  await changeChoice({ customerId: customer.accountId, choiceKey: parsed.data.choiceKey, value: parsed.data.value, method: "dashboard" });
  revalidatePath("/account/choices");
}

export async function answerGpcPromptAction(input: FormData): Promise<void> {
  const formData = requireFormData(input);
  const parsed = gpcAnswerSchema.safeParse({ choiceKey: formData.get("choiceKey"), answer: formData.get("answer") });
  if (!parsed.success) notFound();
  const customer = await requireCustomer();
  await answerGpcConflict({ customerId: customer.accountId, ...parsed.data });
  // The notice sits in the account layout, above every account page.
  revalidatePath("/account", "layout");
}
