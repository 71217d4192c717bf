"use server";

import { redirect } from "next/navigation";
import { getPolicyHistory } from "@/features/policy";
import { isCustomer, recordCpniNoticePosted, recordCpniNoticeReturned, recordCpniOptOutByReply, type StaffRecordOutcome } from "@/features/preferences";
import { findRequestForAdmin } from "@/features/requests";
import { dayIn } from "@/lib/dates";
import { type AdminContext, formAction, refuse } from "@/server/boundary";
import { env } from "@/server/env";
import { type CpniNoticeIntent, cpniNoticePostedFromListSchema, cpniNoticePostedSchema, cpniNoticeReturnedSchema, cpniReplyOptOutSchema } from "./cpni-schemas";

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

/** A notice cannot have been posted after today (company time). */
function refuseFuturePosting(postedOn: string, context: AdminContext): void {
  if (postedOn > dayIn(env.COMPANY_TIME_ZONE, context.now)) refuse("A notice cannot have been posted after today.", { postedOn: "Enter today or an earlier day." });
}

export const recordCpniNoticePostedAction = formAction({
  access: "admin",
  schema: cpniNoticePostedSchema,
  authorize: requestCustomer,
  run: async ({ postedOn }, context, request) => {
    refuseFuturePosting(postedOn, context);
    const outcome = await recordCpniNoticePosted(context.db, { ...staffRecordOf(context, request), postedOn, timeZone: env.COMPANY_TIME_ZONE }, context.now);
    showRecordsAgain(request.reference, "posted", outcome);
  },
});

/**
 * The same record made from the list of customers who need a posted notice
 * (/admin/cpni-notices): the customer is named by the form, and must be one;
 * the audit entry's subject is the list. The list then shows what was done,
 * without that customer.
 */
export const recordCpniNoticePostedFromListAction = formAction({
  access: "admin",
  schema: cpniNoticePostedFromListSchema,
  authorize: async ({ customerId }, context) => ((await isCustomer(context.db, customerId)) ? customerId : undefined),
  run: async ({ postedOn }, context, customerId) => {
    refuseFuturePosting(postedOn, context);
    await recordCpniNoticePosted(
      context.db,
      { customerId, actorAccountId: context.actor.accountId, subject: "cpni-notices-to-post", postedOn, timeZone: env.COMPANY_TIME_ZONE },
      context.now,
    );
    redirect("/admin/cpni-notices?posted=1#posting-list-heading");
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
