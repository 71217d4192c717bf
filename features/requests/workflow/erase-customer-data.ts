import "server-only";
import type { Transaction } from "kysely";
import { sensitiveKindLabels } from "@/lib/sensitive-masking";
import type { Database, SensitiveKind } from "@/server/db/schema";
import { BILLING_RECORD_RETENTION_MONTHS, type DeletedPart, deletionScope, type KeptPart } from "@/lib/requests/deletion-scope";

/** The one Sensitive Personal Information value a deletion keeps: it identifies the open account. */
const KEPT_SENSITIVE_KIND: SensitiveKind = "account_number";

export interface ErasureOutcome {
  /** Human sentences with counts, e.g. "12 stored communications (voicemail, call recordings, messages and faxes)". */
  deleted: string[];
  /** What stays, each with its reason. */
  kept: string[];
  /** The same counts for the audit log: numbers only, never values. */
  counts: Record<"deletedStoredCommunications" | "deletedDeviceIdentifiers" | "deletedSensitiveItems" | "deletedCallRecords" | "deletedBillingPeriods", number>;
}

/**
 * Carries out a deletion request in the caller's transaction: deletes exactly
 * what deletion-scope.ts lists as deleted and nothing else, and says what it
 * did. The customer record, the account, consent records, requests and the
 * audit log are not touched.
 */
export async function eraseCustomerData(trx: Transaction<Database>, customerId: string, now: Date): Promise<ErasureOutcome> {
  const cutoff = billingRecordCutoff(now);
  const storedCommunications = await deleteCount(trx.deleteFrom("storedCommunications").where("customerId", "=", customerId));
  const deviceIdentifiers = await deleteCount(trx.deleteFrom("deviceIdentifiers").where("customerId", "=", customerId));
  const sensitiveKinds = await trx
    .deleteFrom("sensitiveItems")
    .where("customerId", "=", customerId)
    .where("kind", "!=", KEPT_SENSITIVE_KIND)
    .returning("kind")
    .execute();
  const callRecords = await deleteCount(trx.deleteFrom("callRecords").where("customerId", "=", customerId).where("startedAt", "<", cutoff.toISOString()));
  // A period ("2025-04") is older than the cutoff when the whole month ended before it.
  const billingPeriods = await deleteCount(trx.deleteFrom("cpniBillingPeriods").where("customerId", "=", customerId).where("period", "<", cutoff.toISOString().slice(0, 7)));
  const recent = await countRecentBillingRecords(trx, customerId);

  const counts = {
    deletedStoredCommunications: storedCommunications,
    deletedDeviceIdentifiers: deviceIdentifiers,
    deletedSensitiveItems: sensitiveKinds.length,
    deletedCallRecords: callRecords,
    deletedBillingPeriods: billingPeriods,
  };
  const deletedLabels = sensitiveKinds.map((row) => sensitiveKindLabels[row.kind]).sort();
  const deleted: Record<DeletedPart, string> = {
    "stored-communications": `${quantity(storedCommunications, "stored communication", "stored communications")} (voicemail, call recordings, messages and faxes)`,
    identifiers: quantity(deviceIdentifiers, "cookie or device identifier", "cookies and device identifiers"),
    "sensitive-information":
      quantity(sensitiveKinds.length, "Sensitive Personal Information item", "Sensitive Personal Information items") + (deletedLabels.length ? `: ${deletedLabels.join(", ")}` : ""),
    "old-billing-records": `${quantity(callRecords, "call record", "call records")} and ${quantity(billingPeriods, "billing period", "billing periods")} older than ${BILLING_RECORD_RETENTION_MONTHS} months`,
  };
  const keptLabels: Partial<Record<KeptPart, string>> = {
    "recent-billing-records": `${quantity(recent.callRecords, "call record", "call records")} and ${quantity(recent.billingPeriods, "billing period", "billing periods")} from the last ${BILLING_RECORD_RETENTION_MONTHS} months`,
  };
  return {
    deleted: deletionScope.deleted.map((item) => deleted[item.part]),
    kept: deletionScope.kept.map((item) => `${keptLabels[item.part] ?? item.what}. ${item.why}`),
    counts,
  };
}

/** The moment BILLING_RECORD_RETENTION_MONTHS before `now`; the 31st falls back to the month's last day. */
export function billingRecordCutoff(now: Date): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - BILLING_RECORD_RETENTION_MONTHS;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}

async function deleteCount(query: { executeTakeFirst(): Promise<{ numDeletedRows: bigint }> }): Promise<number> {
  return Number((await query.executeTakeFirst()).numDeletedRows);
}

async function countRecentBillingRecords(trx: Transaction<Database>, customerId: string) {
  const [calls, periods] = await Promise.all([
    trx.selectFrom("callRecords").select((eb) => eb.fn.countAll().as("n")).where("customerId", "=", customerId).executeTakeFirstOrThrow(),
    trx.selectFrom("cpniBillingPeriods").select((eb) => eb.fn.countAll().as("n")).where("customerId", "=", customerId).executeTakeFirstOrThrow(),
  ]);
  // PostgreSQL returns counts as strings.
  return { callRecords: Number(calls.n), billingPeriods: Number(periods.n) };
}

/** "1 call record", "12 call records", "0 call records". */
function quantity(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
