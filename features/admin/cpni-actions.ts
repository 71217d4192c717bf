"use server";

import { redirect } from "next/navigation";
import { getPolicyHistory } from "@/features/policy";
import { recordCpniNoticePosted, recordCpniNoticeReturned, recordCpniOptOutByReply, type StaffRecordOutcome } from "@/features/preferences";
import { findRequestForAdmin } from "@/features/requests";
import { dayIn } from "@/lib/dates";
import { type AdminContext, formAction, refuse } from "@/server/boundary";
import { env } from "@/server/env";
import { type CpniNoticeIntent, cpniNoticePostedSchema, cpniNoticeReturnedSchema, cpniReplyOptOutSchema } from "./cpni-schemas";

/**
 * The console's CPNI forms on a request's customer records. The boundary
 * checks the administrator's session; the request must exist and concern a
 * customer (else "not found"); each record is one transaction with its audit
 * entry (features/preferences/cpni-staff-records.ts); the page then shows the
 * records again and says what was done (a redirect, so a reload does nothing).
 */

interface RequestCustomer {
  reference: string;
  customerId: string;
}

/** The customer whose records the request concerns. */
async function requestCustomer({ reference }: { reference: string }, context: AdminContext): Promise<RequestCustomer | undefined> {
  const request = await findRequestForAdmin(context.db, reference);
  return request?.customerId ? { reference: request.reference, customerId: request.customerId } : undefined;
}

/** Whose record it is, who makes it, and the request it is made on (the audit entry's subject). */
const staffRecordOf = (context: AdminContext, request: RequestCustomer) => ({ customerId: request.customerId, actorAccountId: context.actor.accountId, subject: `request:${request.reference}` });

function showRecordsAgain(reference: string, intent: CpniNoticeIntent, outcome: StaffRecordOutcome): never {
  if (outcome === "not-found") refuse("That notice is not one of this customer's emailed CPNI notices. Reload the page and try again.");
  redirect(`/admin/requests/${reference}?records=show&cpni=${intent}#cpni-heading`);
}

export const recordCpniNoticeReturnedAction = formAction({
  access: "admin",
  schema: cpniNoticeReturnedSchema,
  authorize: requestCustomer,
  run: async ({ noticeId }, context, request) => {
    const outcome = await recordCpniNoticeReturned(context.db, { ...staffRecordOf(context, request), noticeId }, context.now);
    showRecordsAgain(request.reference, "returned", outcome);
  },
});

export const recordCpniNoticePostedAction = formAction({
  access: "admin",
  schema: cpniNoticePostedSchema,
  authorize: requestCustomer,
  run: async ({ postedOn }, context, request) => {
    const today = dayIn(env.COMPANY_TIME_ZONE, context.now);
    if (postedOn > today) refuse("A notice cannot have been posted after today.", { postedOn: "Enter today or an earlier day." });
    const outcome = await recordCpniNoticePosted(context.db, { ...staffRecordOf(context, request), postedOn, timeZone: env.COMPANY_TIME_ZONE }, context.now);
    showRecordsAgain(request.reference, "posted", outcome);
  },
});

export const recordCpniOptOutByReplyAction = formAction({
  access: "admin",
  schema: cpniReplyOptOutSchema,
  authorize: requestCustomer,
  run: async (_input, context, request) => {
    const policyVersion = getPolicyHistory(context.now).current.version.id;
    const outcome = await recordCpniOptOutByReply(context.db, { ...staffRecordOf(context, request), policyVersion }, context.now);
    showRecordsAgain(request.reference, "opted-out", outcome);
  },
});
