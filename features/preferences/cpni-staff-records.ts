import "server-only";
import type { Kysely } from "kysely";
import { cpniNotice } from "@/content/choices";
import { startOfDayIn } from "@/lib/dates";
import { appendAuditEntry } from "@/server/audit/audit-log";
import type { Database } from "@/server/db/schema";
import { type CpniNoticeRecord, cpniNoticeFact, listCpniNotices, listCpniUses, listEmailNoticeApprovals, readCpniFacts } from "./cpni";
import { type CpniDecision, cpniNoticeNeeded, decideCpniUse, emailNoticesApprovedAt, noticeReceivedFrom } from "./cpni-approval";
import { lockCustomerConsent, recordConsent } from "./repository";

/**
 * What the Privacy Administrator records of the CPNI notices that left the
 * mail system: an emailed notice that came back undeliverable, a notice sent
 * by post in its place (47 CFR 64.2008(d)(3)(iii)), and a customer's "no"
 * sent as a reply to the emailed notice (64.2008(d)(3)(ii)). Each is one
 * transaction under the customer's consent lock, with its audit entry; a
 * second submit of the same record changes nothing.
 */

/** The customer's postal address of record on one line ("" when a minor's report erased it). */
export function postalAddressOf(customer: { streetAddress: string; city: string; state: string; postalCode: string }): string {
  return [customer.streetAddress, customer.city, `${customer.state} ${customer.postalCode}`.trim()].filter(Boolean).join(", ");
}

export interface StaffRecordInput {
  customerId: string;
  actorAccountId: string;
  /** What the staff member was working on, e.g. "request:PR-7K4Q9M" (the audit entry's subject). */
  subject: string;
}

export type StaffRecordOutcome = "recorded" | "already-recorded" | "not-found";

/** Records that an emailed notice came back undeliverable: it stops counting as notice until one goes by post. */
export async function recordCpniNoticeReturned(db: Kysely<Database>, input: StaffRecordInput & { noticeId: number }, now: Date): Promise<StaffRecordOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockCustomerConsent(trx, input.customerId);
    const notice = await trx
      .selectFrom("cpniNotices")
      .select(["id", "undeliverableAt", "sentAt"])
      .where("id", "=", input.noticeId)
      .where("customerId", "=", input.customerId)
      .where("method", "=", "email")
      .executeTakeFirst();
    if (!notice) return "not-found";
    if (notice.undeliverableAt !== null) return "already-recorded";
    await trx.updateTable("cpniNotices").set({ undeliverableAt: now.toISOString(), recordedBy: input.actorAccountId }).where("id", "=", notice.id).execute();
    await appendAuditEntry(
      trx,
      { actorAccountId: input.actorAccountId, actorRole: "admin", action: "cpni_notice_returned", customerId: input.customerId, subject: input.subject, details: { noticeId: notice.id, emailedAt: notice.sentAt } },
      now,
    );
    return "recorded";
  });
}

/**
 * Records a notice sent by post on `postedOn` (a day in the company's time
 * zone) to the customer's postal address of record. Its 30 days start on the
 * third day after the mailing (64.2008(d)(1)(ii)).
 */
export async function recordCpniNoticePosted(db: Kysely<Database>, input: StaffRecordInput & { postedOn: string; timeZone: string }, now: Date): Promise<StaffRecordOutcome> {
  const sentAt = startOfDayIn(input.timeZone, input.postedOn).toISOString();
  return db.transaction().execute(async (trx) => {
    await lockCustomerConsent(trx, input.customerId);
    const customer = await trx.selectFrom("customers").select(["streetAddress", "city", "state", "postalCode"]).where("accountId", "=", input.customerId).executeTakeFirst();
    if (!customer) return "not-found";
    const [notices, approvals] = await Promise.all([listCpniNotices(trx, input.customerId), listEmailNoticeApprovals(trx, input.customerId)]);
    if (notices.some((notice) => notice.method === "post" && notice.sentAt === sentAt)) return "already-recorded";
    const kind = notices.some((notice) => noticeReceivedFrom(cpniNoticeFact(notice), approvals) !== null) ? "renewal" : "first";
    const toAddress = postalAddressOf(customer);
    const { id } = await trx
      .insertInto("cpniNotices")
      .values({ customerId: input.customerId, sentAt, toAddress, emailId: null, noticeVersion: cpniNotice.version, kind, method: "post", undeliverableAt: null, recordedBy: input.actorAccountId })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAuditEntry(
      trx,
      { actorAccountId: input.actorAccountId, actorRole: "admin", action: "cpni_notice_posted", customerId: input.customerId, subject: input.subject, details: { noticeId: id, postedOn: input.postedOn } },
      now,
    );
    return "recorded";
  });
}

/**
 * Records the customer's "no" to CPNI use for communications-related offers,
 * received as a reply to the emailed notice (47 CFR 64.2008(d)(3)(ii):
 * customers may reply directly to the email to opt out; the reply reaches the
 * Privacy Administrator). Honoured at once, like a "no" on the choices page
 * (64.2007(a)(2)); recorded as the administrator's entry of the customer's
 * choice.
 */
export async function recordCpniOptOutByReply(db: Kysely<Database>, input: StaffRecordInput & { policyVersion: string }, now: Date): Promise<StaffRecordOutcome> {
  return db.transaction().execute(async (trx) => {
    const record = await recordConsent(trx, { customerId: input.customerId, choiceKey: "cpni-communications-offers", newValue: false, method: "administrator", policyVersion: input.policyVersion, now });
    if (!record) return "already-recorded";
    await appendAuditEntry(
      trx,
      { actorAccountId: input.actorAccountId, actorRole: "admin", action: "cpni_opt_out_by_reply", customerId: input.customerId, subject: input.subject, details: { consentRecordId: record.id } },
      now,
    );
    return "recorded";
  });
}

export interface CpniRecordForStaff {
  notices: CpniNoticeRecord[];
  uses: Awaited<ReturnType<typeof listCpniUses>>;
  /** Whether CPNI may be used for communications-related offers now, and why not. */
  communications: CpniDecision;
  /** Whether the customer's approval to receive notices by email is in force now (47 CFR 64.2008(d)(3)(i)). */
  emailNoticesApproved: boolean;
  /** The notice the customer needs now, and how it must go ("post": the Privacy Administrator's work). */
  noticeNeeded: "none" | "email" | "post";
}

/**
 * The customer's CPNI notices (how each went, whether it came back) and CPNI
 * uses, for the console. The caller shows it only within a look at the
 * customer's records that it has audited.
 */
export async function readCpniRecordForStaff(db: Kysely<Database>, customerId: string, now: Date): Promise<CpniRecordForStaff> {
  const [notices, uses, facts] = await Promise.all([listCpniNotices(db, customerId), listCpniUses(db, customerId), readCpniFacts(db, customerId)]);
  return {
    notices,
    uses,
    communications: decideCpniUse(facts, "communications-marketing", now),
    emailNoticesApproved: emailNoticesApprovedAt(facts.emailNoticeApprovals, now),
    noticeNeeded: cpniNoticeNeeded(facts, now),
  };
}
