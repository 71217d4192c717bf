import "server-only";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "@/server/db/schema";
import { digitsOf } from "@/server/db/sql-digits";
import { BILLING_RECORD_RETENTION_MONTHS } from "@/lib/requests/deletion-scope";
import { phoneDigitVariants } from "@/lib/requests/phone-digits";
import type { MinorReportDetails } from "@/lib/requests/request-details";
import { appendAuditEntry } from "@/server/audit/audit-log";
import { billingRecordCutoff } from "./erase-customer-data";
import { findActiveAdministrator, findWorkflowRequest } from "./workflow-repository";

/**
 * What a minor's report found: the accounts it matched on receipt and the
 * records holding the reported email, phone number or account number, read for
 * the console (every look audited) and for the step that erases
 * (minor-report-erasure.ts, decision 0012).
 */

type Executor = Kysely<Database> | Transaction<Database>;

export interface MatchedAccount {
  customerId: string;
  /** Whether the account still signs in; false once its sign-in was closed by an erasure. */
  open: boolean;
  email: string;
  fullName: string;
  matchedBy: string[];
}

export interface FoundRecord {
  what: string;
  /** Erased with "only the records that hold the reported details". */
  erasable: boolean;
  /** Why it stays, when it does. */
  why?: string;
}

export interface MinorReportFindings extends MinorReportState {
  accounts: MatchedAccount[];
  /** The records holding what the reporter gave (email, phone, account number), wherever they are. */
  records: FoundRecord[];
}

/** The accounts a report concerns: the one linked to it, and every one matched on receipt. */
async function findMatchedAccounts(db: Executor, request: { customerId: string | null; idempotencyKey: string | null }): Promise<MatchedAccount[]> {
  const matched = request.idempotencyKey
    ? await db.selectFrom("minorReportMatches").select(["customerId", "matchedBy"]).where("reportKey", "=", request.idempotencyKey).execute()
    : [];
  const ids = [...new Set([...(request.customerId ? [request.customerId] : []), ...matched.map((row) => row.customerId)])];
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("accounts")
    .innerJoin("customers", "customers.accountId", "accounts.id")
    .select(["accounts.id", "accounts.email", "accounts.disabledAt", "customers.fullName"])
    .where("accounts.id", "in", ids)
    .orderBy("accounts.email")
    .execute();
  return rows.map((row) => ({
    customerId: row.id,
    open: row.disabledAt === null,
    email: row.email,
    fullName: row.fullName,
    matchedBy: (matched.find((match) => match.customerId === row.id)?.matchedBy ?? "linked by the Privacy Administrator").split(", "),
  }));
}

export async function countOf(query: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }): Promise<number> {
  // PostgreSQL returns counts as strings.
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export function callRecordsWithPhone(db: Executor, phone: string) {
  return db.selectFrom("callRecords").where((eb) => eb(digitsOf(eb.ref("callRecords.otherParty")), "in", phoneDigitVariants(phone)));
}

/** What the report found, for the console's page and for the step that erases. */
export async function findMinorReportFindings(
  db: Executor,
  request: { id: string; customerId: string | null; idempotencyKey: string | null; details: MinorReportDetails },
  now: Date,
): Promise<MinorReportFindings> {
  const state = await readMinorReportState(db, request.id);
  const accounts = await findMatchedAccounts(db, request);
  const { childEmail, childPhone } = request.details;
  const cutoff = billingRecordCutoff(now).toISOString();
  const records: FoundRecord[] = [];

  for (const account of accounts) {
    if (childEmail && account.email === childEmail.toLowerCase()) records.push({ what: `The sign-in email address of ${account.email}`, erasable: true });
    if (account.matchedBy.includes("account number")) records.push({ what: `The account number of ${account.email} (sealed)`, erasable: true });
  }
  if (childPhone) {
    const digits = phoneDigitVariants(childPhone);
    const onRecord = await db
      .selectFrom("customers")
      .innerJoin("accounts", "accounts.id", "customers.accountId")
      .select("accounts.email")
      .where((eb) => eb(digitsOf(eb.ref("customers.phone")), "in", digits))
      .execute();
    for (const row of onRecord) records.push({ what: `The phone number on the customer record of ${row.email}`, erasable: true });
    const old = await countOf(callRecordsWithPhone(db, childPhone).select((eb) => eb.fn.countAll().as("n")).where("startedAt", "<", cutoff));
    const recent = await countOf(callRecordsWithPhone(db, childPhone).select((eb) => eb.fn.countAll().as("n")).where("startedAt", ">=", cutoff));
    if (old > 0) records.push({ what: `${old} call record${old === 1 ? "" : "s"} with the reported number, older than ${BILLING_RECORD_RETENTION_MONTHS} months`, erasable: true });
    if (recent > 0) {
      records.push({
        what: `${recent} call record${recent === 1 ? "" : "s"} with the reported number, from the last ${BILLING_RECORD_RETENTION_MONTHS} months`,
        erasable: false,
        why: `Toll records are kept for ${BILLING_RECORD_RETENTION_MONTHS} months (47 CFR 42.6).`,
      });
    }
  }
  if (childEmail) {
    const mail = await countOf(db.selectFrom("emailOutbox").select((eb) => eb.fn.countAll().as("n")).where("toAddress", "=", childEmail));
    if (mail > 0) records.push({ what: `${mail} email${mail === 1 ? "" : "s"} to the reported address`, erasable: true });
    const changes = await countOf(db.selectFrom("emailChangeRequests").select((eb) => eb.fn.countAll().as("n")).where("newEmail", "=", childEmail.toLowerCase()));
    if (changes > 0) records.push({ what: `${changes} pending change${changes === 1 ? "" : "s"} of email address to the reported address`, erasable: true });
  }

  return { ...state, accounts, records };
}

export interface MinorReportState {
  /** Whether the report still holds the matched accounts' data. */
  held: boolean;
  holdEndedBecause: "erased" | "mistaken" | "closed" | null;
  identifiersRemovedAt: string | null;
}

/** Whether the report still holds the matched data, and whether its identifiers were removed: no customer's data, so not audited. */
export async function readMinorReportState(db: Executor, requestId: string): Promise<MinorReportState> {
  const outcome = await db.selectFrom("minorReportOutcomes").selectAll().where("requestId", "=", requestId).executeTakeFirst();
  return { held: !outcome?.holdEndedAt, holdEndedBecause: outcome?.holdEndedBecause ?? null, identifiersRemovedAt: outcome?.identifiersRemovedAt ?? null };
}

/**
 * What a minor's report found, for the administrator: every look is audited
 * first, in the same transaction as the read, like the customer's records.
 * null when it is no minor's report or the account is not an active administrator's.
 */
export async function viewMinorReportFindings(db: Kysely<Database>, reference: string, actorAccountId: string, now = new Date()): Promise<MinorReportFindings | null> {
  return db.transaction().execute(async (trx) => {
    const request = await findWorkflowRequest(trx, reference);
    if (request?.type !== "minor_report" || !(await findActiveAdministrator(trx, actorAccountId))) return null;
    const { idempotencyKey } = await trx.selectFrom("privacyRequests").select("idempotencyKey").where("id", "=", request.id).executeTakeFirstOrThrow();
    const findings = await findMinorReportFindings(trx, { ...request, idempotencyKey }, now);
    await appendAuditEntry(
      trx,
      {
        actorAccountId,
        actorRole: "admin",
        action: "view_minor_report_findings",
        customerId: request.customerId,
        subject: `request:${reference}`,
        details: { type: request.type, matchedAccounts: findings.accounts.length, records: findings.records.length },
      },
      now,
    );
    return findings;
  });
}
