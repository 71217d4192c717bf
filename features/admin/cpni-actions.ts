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

/** The customer whose records the request concerns. */
async function requestCustomer({ reference }: { reference: string }, context: AdminContext) {
  const request = await findRequestForAdmin(context.db, reference);
  return request?.customerId ? { reference: request.reference, customerId: request.customerId } : undefined;
}

function showRecordsAgain(reference: string, intent: CpniNoticeIntent, outcome: StaffRecordOutcome): never {
  if (outcome === "not-found") refuse("That notice is not one of this customer's emailed CPNI notices. Reload the page and try again.");
  redirect(`/admin/requests/${reference}?records=show&cpni=${intent}#cpni-heading`);
}

export const recordCpniNoticeReturnedAction = formAction({
  access: "admin",
  schema: cpniNoticeReturnedSchema,
  authorize: requestCustomer,
  run: async ({ noticeId }, context, request) => {
    const outcome = await recordCpniNoticeReturned(
      context.db,
      { customerId: request.customerId, noticeId, actorAccountId: context.actor.accountId, subject: `request:${request.reference}` },
      context.now,
    );
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
    const outcome = await recordCpniNoticePosted(
      context.db,
      { customerId: request.customerId, postedOn, timeZone: env.COMPANY_TIME_ZONE, actorAccountId: context.actor.accountId, subject: `request:${request.reference}` },
      context.now,
    );
    showRecordsAgain(request.reference, "posted", outcome);
  },
});

export const recordCpniOptOutByReplyAction = formAction({
  access: "admin",
  schema: cpniReplyOptOutSchema,
  authorize: requestCustomer,
  run: async (_input, context, request) => {
    const outcome = await recordCpniOptOutByReply(
      context.db,
      { customerId: request.customerId, policyVersion: getPolicyHistory(context.now).current.version.id, actorAccountId: context.actor.accountId, subject: `request:${request.reference}` },
      context.now,
    );
    showRecordsAgain(request.reference, "opted-out", outcome);
  },
});
