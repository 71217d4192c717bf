"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { reauthenticate } from "@/server/auth/reauthenticate";
import { type CustomerContext, formAction, refuse } from "@/server/boundary";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { accessRequestSchema, correctionRequestSchema, deletionRequestSchema } from "./schemas";
import { correctionDetails, type CustomerRequestInput, submitCustomerRequest } from "./service";

const REQUESTS_PAGE = "/account/requests";

/**
 * The three request forms' actions. The boundary checks the session (the
 * customer's), then the form; each then (for access and deletion) checks the
 * password again → one transaction → wakes the outbox → goes to the request's
 * own page (so a reload does not send it again).
 */

export const requestAccessAction = formAction({
  access: "customer",
  schema: accessRequestSchema,
  returnTo: REQUESTS_PAGE,
  run: async (input, context) => submit(context, { type: "access", idempotencyKey: input.idempotencyKey, reauthenticatedAt: await confirmItIsYou(context, input.currentPassword) }),
});

export const requestDeletionAction = formAction({
  access: "customer",
  schema: deletionRequestSchema,
  returnTo: REQUESTS_PAGE,
  run: async (input, context) => submit(context, { type: "deletion", idempotencyKey: input.idempotencyKey, reauthenticatedAt: await confirmItIsYou(context, input.currentPassword) }),
});

export const requestCorrectionAction = formAction({
  access: "customer",
  schema: correctionRequestSchema,
  returnTo: REQUESTS_PAGE,
  run: async (input, context) => submit(context, { type: "correction", idempotencyKey: input.idempotencyKey, details: correctionDetails(input) }),
});

/** Access and deletion hand over or destroy data: the password is asked again, and nothing is sent without it. */
async function confirmItIsYou(context: CustomerContext, currentPassword: string): Promise<Date> {
  const check = await reauthenticate(context.actor, currentPassword);
  if (!check.ok) refuse("Nothing was sent: we could not confirm it is you.", { currentPassword: check.message });
  return check.at;
}

async function submit(context: CustomerContext, input: CustomerRequestInput): Promise<FormState> {
  const outcome = await submitCustomerRequest(context.db, context.actor, input, { siteUrl: context.siteUrl, now: context.now });
  if (outcome.kind === "key-conflict") refuse("This form has expired. Please reload the page and send it again.");
  if (outcome.kind === "created") kickEmailDispatcher();
  revalidatePath(REQUESTS_PAGE);
  redirect(`${REQUESTS_PAGE}/${outcome.request.reference}?sent=1`);
}
