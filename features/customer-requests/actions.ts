"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { type FormState, invalidFormState, readFormInput } from "@/features/account-security/form-state";
import { readSubmittedValues } from "@/features/requests/public-request-state";
import { requireCustomer, type SignedInAccount } from "@/server/auth/current-account";
import { reauthenticate } from "@/server/auth/reauthenticate";
import { database } from "@/server/db/database";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { env } from "@/server/env";
import { accessRequestSchema, correctionRequestSchema, deletionRequestSchema } from "./schemas";
import { correctionDetails, type CustomerRequestInput, submitCustomerRequest } from "./service";

const REQUESTS_PAGE = "/account/requests";

/**
 * The three request forms' actions. Each: check the session → parse → (for
 * access and deletion) check the password again → one transaction → wake the
 * outbox → go to the request's own page (so a reload does not send it again).
 */

export async function requestAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const customer = await requireCustomer(REQUESTS_PAGE);
  return submitWithFreshSignIn(customer, formData, accessRequestSchema, (input) => ({ type: "access", idempotencyKey: input.idempotencyKey }));
}

export async function requestDeletionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const customer = await requireCustomer(REQUESTS_PAGE);
  return submitWithFreshSignIn(customer, formData, deletionRequestSchema, (input) => ({ type: "deletion", idempotencyKey: input.idempotencyKey }));
}

export async function requestCorrectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const customer = await requireCustomer(REQUESTS_PAGE);
  const values = readSubmittedValues(formData);
  const parsed = correctionRequestSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error, values);
  return submit(customer, { type: "correction", idempotencyKey: parsed.data.idempotencyKey, details: correctionDetails(parsed.data) }, values);
}

async function submitWithFreshSignIn<Input extends { currentPassword: string; idempotencyKey: string }>(
  customer: SignedInAccount,
  formData: FormData,
  schema: z.ZodType<Input>,
  toRequest: (input: Input) => CustomerRequestInput,
): Promise<FormState> {
  const parsed = schema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error);
  const check = await reauthenticate(customer, parsed.data.currentPassword);
  if (!check.ok) {
    return { status: "error", message: "Nothing was sent: we could not confirm it is you.", fieldErrors: { currentPassword: check.message } };
  }
  return submit(customer, { ...toRequest(parsed.data), reauthenticatedAt: check.at });
}

async function submit(customer: SignedInAccount, input: CustomerRequestInput, values: Record<string, string> = {}): Promise<FormState> {
  const outcome = await submitCustomerRequest(await database(), customer, input, { siteUrl: env.SITE_URL });
  if (outcome.kind === "key-conflict") {
    return { status: "error", message: "This form has expired. Please reload the page and send it again.", values };
  }
  if (outcome.kind === "created") kickEmailDispatcher();
  revalidatePath(REQUESTS_PAGE);
  redirect(`${REQUESTS_PAGE}/${outcome.request.reference}?sent=1`);
}
