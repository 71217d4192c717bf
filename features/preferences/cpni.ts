import "server-only";
import type { Kysely, Transaction } from "kysely";
import { isMarketingHeld } from "@/features/minors";
import type { CpniNoticeMethod, CpniUsesTable, Database } from "@/server/db/schema";
import { PARKED_UNTIL } from "@/server/email/deliver-pending-emails";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { cpniNotice } from "@/content/choices";
import { type CpniDecision, type CpniFacts, type CpniNoticeFact, type CpniPurpose, cpniNoticeNeeded, decideCpniUse, type EmailNoticeApprovalFact } from "./cpni-approval";
import { cpniNoticeEmail } from "./cpni-notice-email";
import { listCurrentChoices, listRecentRecords, lockCustomerConsent } from "./repository";

/** The choice that records the customer's approval to receive notices by email (47 CFR 64.2008(d)(3)(i)). */
export const EMAIL_NOTICES_CHOICE = "service-notices-by-email";

type Executor = Kysely<Database> | Transaction<Database>;

export interface CpniNoticeRecord {
  id: number;
  /** Email: when the job queued it; post: the start of the day it was mailed (company time). */
  sentAt: string;
  /** The email address, or the postal address, it went to. */
  toAddress: string;
  kind: "first" | "renewal";
  noticeVersion: string;
  method: CpniNoticeMethod;
  /** Email only: when the mail server took it; null while it waits in the outbox or when it never went. */
  deliveredAt: string | null;
  /** Email only: when the Privacy Administrator recorded it as returned undeliverable. */
  returnedAt: string | null;
  /** Email only: the mail server refused it for good (the outbox parked it). */
  refused: boolean;
}

/** The CPNI notices with how each went (the outbox's delivery), newest first. */
const selectCpniNotices = (db: Executor) =>
  db
    .selectFrom("cpniNotices as n")
    .leftJoin("emailOutbox as o", "o.id", "n.emailId")
    .select(["n.customerId", "n.id", "n.sentAt", "n.toAddress", "n.kind", "n.noticeVersion", "n.method", "n.undeliverableAt", "o.sentAt as deliveredAt", "o.nextAttemptAt"])
    .orderBy("n.sentAt", "desc")
    .orderBy("n.id", "desc");

type CpniNoticeRow = Awaited<ReturnType<ReturnType<typeof selectCpniNotices>["execute"]>>[number];

function cpniNoticeRecord(row: CpniNoticeRow): CpniNoticeRecord {
  const { id, sentAt, toAddress, kind, noticeVersion, method, deliveredAt } = row;
  return { id, sentAt, toAddress, kind, noticeVersion, method, deliveredAt, returnedAt: row.undeliverableAt, refused: method === "email" && deliveredAt === null && row.nextAttemptAt === PARKED_UNTIL };
}

/** Every CPNI notice sent to the customer, newest first, with how it went: the record of 47 CFR 64.2008(a)(2). */
export async function listCpniNotices(db: Executor, customerId: string): Promise<CpniNoticeRecord[]> {
  const rows = await selectCpniNotices(db).where("n.customerId", "=", customerId).execute();
  return rows.map(cpniNoticeRecord);
}

/** Every customer's CPNI notices as the approval rule sees them, by customer (for the console's list of notices to post). */
export async function listAllCpniNoticeFacts(db: Executor): Promise<Map<string, CpniNoticeFact[]>> {
  const byCustomer = new Map<string, CpniNoticeFact[]>();
  for (const row of await selectCpniNotices(db).execute()) {
    byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), cpniNoticeFact(cpniNoticeRecord(row))]);
  }
  return byCustomer;
}

/** The notice as the approval rule sees it (./cpni-approval.ts). */
export function cpniNoticeFact(notice: CpniNoticeRecord): CpniNoticeFact {
  const recordedAt = new Date(notice.sentAt);
  if (notice.method === "post") return { method: "post", sentAt: recordedAt, undeliverable: false, recordedAt };
  return { method: "email", sentAt: notice.deliveredAt ? new Date(notice.deliveredAt) : null, undeliverable: notice.returnedAt !== null || notice.refused, recordedAt };
}

/** Every record of the customer's approval to receive notices by email: who (the customer), when and how are in the consent records themselves. */
export async function listEmailNoticeApprovals(db: Executor, customerId: string): Promise<EmailNoticeApprovalFact[]> {
  const records = await listRecentRecords(db, customerId, [EMAIL_NOTICES_CHOICE], Number.MAX_SAFE_INTEGER);
  return (records.get(EMAIL_NOTICES_CHOICE) ?? []).map((record) => ({ value: record.newValue, at: new Date(record.createdAt) }));
}

/** What the approval rule needs to know of one customer, read in the caller's transaction when there is one. */
export async function readCpniFacts(db: Executor, customerId: string): Promise<CpniFacts> {
  const [current, notices, held, emailNoticeApprovals] = await Promise.all([
    listCurrentChoices(db, customerId),
    listCpniNotices(db, customerId),
    isMarketingHeld(db, customerId),
    listEmailNoticeApprovals(db, customerId),
  ]);
  const fact = (key: string) => {
    const choice = current.find((candidate) => candidate.key === key);
    return { value: choice?.value ?? false, explicit: choice !== undefined && choice.method !== "default" };
  };
  return {
    held,
    communicationsOffers: fact("cpni-communications-offers"),
    otherUses: fact("cpni-other-uses"),
    notices: notices.map(cpniNoticeFact),
    emailNoticeApprovals,
  };
}

/**
 * The one question every use of a customer's CPNI asks first (47 CFR
 * 64.2009(a)): may we use this customer's CPNI for this purpose now?
 */
export async function mayUseCpni(db: Executor, customerId: string, purpose: CpniPurpose, now: Date): Promise<CpniDecision> {
  return decideCpniUse(await readCpniFacts(db, customerId), purpose, now);
}

export interface CpniUse {
  purpose: CpniPurpose;
  /** The campaign, in words: what the record of 64.2009(c) describes. */
  campaign: string;
  /** Which CPNI the use reads, e.g. "services and plans". */
  cpniUsed: string;
  /** What products or services are offered. */
  offered: string;
}

/**
 * Asks mayUseCpni and, when the answer is yes, records the use (47 CFR
 * 64.2009(c): each campaign, the CPNI used and what was offered), in the
 * caller's transaction, under the customer's consent lock so that a withdrawal
 * committing at the same moment is either seen here or comes after the use.
 */
export async function authorizeCpniUse(trx: Transaction<Database>, customerId: string, use: CpniUse, now: Date): Promise<CpniDecision> {
  await lockCustomerConsent(trx, customerId);
  const decision = await mayUseCpni(trx, customerId, use.purpose, now);
  if (decision.allowed) {
    const row: Omit<CpniUsesTable, "id"> = { customerId, purpose: use.purpose, campaign: use.campaign, cpniUsed: use.cpniUsed, offered: use.offered, usedAt: now.toISOString() };
    await trx.insertInto("cpniUses").values(row).execute();
  }
  return decision;
}

/** The record of the customer's CPNI uses, newest first. */
export async function listCpniUses(db: Executor, customerId: string) {
  return db.selectFrom("cpniUses").select(["id", "purpose", "campaign", "cpniUsed", "offered", "usedAt"]).where("customerId", "=", customerId).orderBy("id", "desc").execute();
}

export interface CpniNoticeRun {
  /** Notices put in the outbox this run. */
  sent: number;
}

const BATCH = 200;

/**
 * Emails the CPNI notice to every customer who is due one and has approved
 * notices by email (47 CFR 64.2008(d)(2), (d)(3)(i); cpniNoticeNeeded): never
 * had one, or the last is nearly two years old. A customer without that
 * approval gets no email: the console lists them as needing a posted notice.
 * One transaction per customer, under their consent lock, deciding again, so
 * concurrent runs (instances, restarts) send each notice once and a
 * withdrawal committing meanwhile is seen. The email and its record commit
 * together. The caller kicks the dispatcher.
 */
export async function sendDueCpniNotices(db: Kysely<Database>, options: { siteUrl: string; now: Date }): Promise<CpniNoticeRun> {
  const { now, siteUrl } = options;
  let sent = 0;
  let cursor = "";
  for (;;) {
    const batch = await db
      .selectFrom("customers as c")
      .innerJoin("accounts as a", "a.id", "c.accountId")
      .select(["c.accountId as customerId", "c.fullName", "a.email"])
      .where("c.accountId", ">", cursor)
      .where("a.disabledAt", "is", null)
      // Their latest record of approval to receive notices by email says yes.
      .where((eb) =>
        eb(eb.selectFrom("consentRecords as r").select("r.newValue").whereRef("r.customerId", "=", "c.accountId").where("r.choiceKey", "=", EMAIL_NOTICES_CHOICE).orderBy("r.id", "desc").limit(1), "=", 1),
      )
      .orderBy("c.accountId")
      .limit(BATCH)
      .execute();
    if (batch.length === 0) break;
    cursor = batch.at(-1)!.customerId;
    for (const customer of batch) {
      // Most approved customers have their notice: decide without the lock first.
      if (cpniNoticeNeeded(await readCpniFacts(db, customer.customerId), now) !== "email") continue;
      if (await emailCpniNotice(db, customer, siteUrl, now)) sent += 1;
    }
  }
  return { sent };
}

/** Queues the notice and its record in one transaction under the customer's consent lock, if the customer still needs it by email. */
async function emailCpniNotice(db: Kysely<Database>, customer: { customerId: string; fullName: string; email: string }, siteUrl: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockCustomerConsent(trx, customer.customerId);
    const facts = await readCpniFacts(trx, customer.customerId);
    if (cpniNoticeNeeded(facts, now) !== "email") return false;
    const kind = facts.notices.length === 0 ? "first" : "renewal";
    const emailId = await enqueueEmail(trx, cpniNoticeEmail(customer, now, kind, siteUrl), now);
    await trx
      .insertInto("cpniNotices")
      .values({ customerId: customer.customerId, sentAt: now.toISOString(), toAddress: customer.email, emailId, noticeVersion: cpniNotice.version, kind })
      .execute();
    return true;
  });
}
