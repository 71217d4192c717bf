import "server-only";
import type { Kysely } from "kysely";
import { appendAuditEntry } from "@/server/audit/audit-log";
import type { Database } from "@/server/db/schema";
import { EMAIL_NOTICES_CHOICE, listAllCpniNoticeFacts } from "./cpni";
import { cpniNoticeNeeded, type EmailNoticeApprovalFact, emailNoticesApprovedAt } from "./cpni-approval";
import { postalAddressOf } from "./cpni-staff-records";

/**
 * The Privacy Administrator's work list: every customer whose CPNI notice
 * must go by post now (cpniNoticeNeeded says "post"): they have not approved
 * notices by email (47 CFR 64.2008(d)(3)(i)), or their emailed notice came
 * back (64.2008(d)(3)(iii)). Disabled accounts are left out, as the email job
 * leaves them out.
 */

export interface CustomerToPost {
  customerId: string;
  fullName: string;
  email: string;
  /** Where the notice goes: the postal address of record ("" when erased). */
  postalAddress: string;
  reason: "no-email-approval" | "returned";
}

/** Every record of every customer's approval to receive notices by email, by customer. */
async function listAllEmailNoticeApprovals(db: Kysely<Database>): Promise<Map<string, EmailNoticeApprovalFact[]>> {
  const rows = await db.selectFrom("consentRecords").select(["customerId", "newValue", "createdAt"]).where("choiceKey", "=", EMAIL_NOTICES_CHOICE).execute();
  const byCustomer = new Map<string, EmailNoticeApprovalFact[]>();
  for (const row of rows) byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), { value: row.newValue === 1, at: new Date(row.createdAt) }]);
  return byCustomer;
}

/** The customers who need a posted CPNI notice now, by name. */
export async function listCustomersToPostCpniNotice(db: Kysely<Database>, now: Date): Promise<CustomerToPost[]> {
  const [customers, notices, approvals] = await Promise.all([
    db
      .selectFrom("customers as c")
      .innerJoin("accounts as a", "a.id", "c.accountId")
      .select(["c.accountId as customerId", "c.fullName", "a.email", "c.streetAddress", "c.city", "c.state", "c.postalCode"])
      .where("a.disabledAt", "is", null)
      .orderBy("c.fullName")
      .orderBy("c.accountId")
      .execute(),
    listAllCpniNoticeFacts(db),
    listAllEmailNoticeApprovals(db),
  ]);
  return customers.flatMap((customer) => {
    const facts = { notices: notices.get(customer.customerId) ?? [], emailNoticeApprovals: approvals.get(customer.customerId) ?? [] };
    if (cpniNoticeNeeded(facts, now) !== "post") return [];
    const reason = emailNoticesApprovedAt(facts.emailNoticeApprovals, now) ? "returned" : "no-email-approval";
    return [{ customerId: customer.customerId, fullName: customer.fullName, email: customer.email, postalAddress: postalAddressOf(customer), reason }];
  });
}

/**
 * The list for a staff member, each customer's look at their name and
 * address audited (`view_cpni_posting_list`) before it is shown, in one
 * transaction.
 */
export async function readCpniPostingListForStaff(db: Kysely<Database>, actorAccountId: string, now: Date): Promise<CustomerToPost[]> {
  const list = await listCustomersToPostCpniNotice(db, now);
  if (list.length === 0) return list;
  await db.transaction().execute(async (trx) => {
    for (const customer of list) {
      await appendAuditEntry(trx, { actorAccountId, actorRole: "admin", action: "view_cpni_posting_list", customerId: customer.customerId, subject: "cpni-notices-to-post" }, now);
    }
  });
  return list;
}

/** Whether the account is a customer's (the list's form names one by its id). */
export async function isCustomer(db: Kysely<Database>, customerId: string): Promise<boolean> {
  return (await db.selectFrom("customers").select("accountId").where("accountId", "=", customerId).executeTakeFirst()) !== undefined;
}
