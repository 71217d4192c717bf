"use server";

import { revalidatePath } from "next/cache";
import { formatDay } from "@/lib/dates";
import { submitPublicRequest } from "@/features/requests/submit-public-request";
import { requireFormData } from "@/server/actions/require-form-data";
import { requireCustomer } from "@/server/auth/current-account";
import { database } from "@/server/db/database";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { dateOfBirthCorrectionSchema, type DateOfBirthCorrectionState } from "./date-of-birth-correction";

/**
 * Asks for a date-of-birth correction: parse → check the session → one
 * transaction with the request (it concerns this customer only, from the
 * session), its audit entry and the acknowledgement email. The same form sent
 * twice makes one request.
 */
export async function requestDateOfBirthCorrectionAction(_previous: DateOfBirthCorrectionState, input: FormData): Promise<DateOfBirthCorrectionState> {
  const formData = requireFormData(input);
  const typed = { dateOfBirth: String(formData.get("dateOfBirth") ?? ""), note: String(formData.get("note") ?? "") };
  const parsed = dateOfBirthCorrectionSchema.safeParse({ ...typed, idempotencyKey: formData.get("idempotencyKey") ?? "" });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Check the date and try again.";
    return { status: "invalid", message: `Nothing was sent: ${message}`, ...typed, fieldError: message };
  }

  const customer = await requireCustomer();
  const db = await database();
  const profile = await db.selectFrom("customers").select(["fullName"]).where("accountId", "=", customer.accountId).executeTakeFirst();
  const outcome = await submitPublicRequest(db, {
    draft: {
      type: "correction",
      requesterName: profile?.fullName ?? customer.email,
      requesterEmail: customer.email,
      requesterPostal: null,
      details: { field: "date_of_birth", requestedValue: parsed.data.dateOfBirth, note: parsed.data.note || null },
      urgent: false,
      idempotencyKey: parsed.data.idempotencyKey,
      receivedMessage: "We received your request to correct your date of birth. We will verify the new date before changing it.",
    },
    auditAction: "request_date_of_birth_correction",
    actor: { accountId: customer.accountId, role: "customer" },
    matchCustomer: async () => ({ customerId: customer.accountId, notes: [], auditDetails: {} }),
    acknowledgement: (request) => ({
      to: customer.email,
      subject: `We received your correction request ${request.reference}`,
      text:
        `We received your request to correct the date of birth we hold for you (reference ${request.reference}).\n\n` +
        `Our Privacy Administrator will verify the new date and answer by ${formatDay(request.answerBy)}. ` +
        "Until then your date of birth stays as it is.\n",
    }),
  });
  if (outcome.kind === "key-conflict") {
    return { status: "invalid", message: "Nothing was sent: the form expired. Reload the page and try again.", ...typed };
  }
  kickEmailDispatcher();
  revalidatePath("/account");
  return {
    status: "received",
    message: `Request ${outcome.request.reference} received. We will verify the new date and answer by ${formatDay(outcome.request.answerBy)}.`,
    ...typed,
    reference: outcome.request.reference,
    answerBy: outcome.request.answerBy,
  };
}
