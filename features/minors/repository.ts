import "server-only";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "@/server/db/schema";
import { digitsOf } from "@/server/db/sql-digits";

type Executor = Kysely<Database> | Transaction<Database>;

/** Customers whose sign-in email is this address (accounts store it lower-cased). */
export async function findCustomersByEmail(db: Executor, email: string): Promise<string[]> {
  const rows = await db
    .selectFrom("accounts")
    .innerJoin("customers", "customers.accountId", "accounts.id")
    .select("customers.accountId")
    .where("accounts.email", "=", email.toLowerCase())
    .execute();
  return rows.map((row) => row.accountId);
}

/**
 * Customers whose phone number has these digits, however it was punctuated
 * when stored. `digitVariants` lists the forms one number may take (with and
 * without the US country code).
 */
export async function findCustomersByPhoneDigits(db: Executor, digitVariants: string[]): Promise<string[]> {
  if (digitVariants.length === 0) return [];
  const rows = await db
    .selectFrom("customers")
    .select("accountId")
    .where((eb) => eb(digitsOf(eb.ref("customers.phone")), "in", digitVariants))
    .execute();
  return rows.map((row) => row.accountId);
}

export interface SealedAccountNumber {
  customerId: string;
  keyId: string;
  ciphertext: string;
}

/**
 * The sealed account numbers whose clear tail matches: only candidates. The
 * tail alone proves nothing; the caller opens each and compares in full.
 */
export async function listAccountNumbersEndingWith(db: Executor, lastFour: string): Promise<SealedAccountNumber[]> {
  return db
    .selectFrom("sensitiveItems")
    .select(["customerId", "keyId", "ciphertext"])
    .where("kind", "=", "account_number")
    // Upper-cased on both sides: a tail ending in letters may have been stored in either case.
    .where((eb) => eb(eb.fn<string>("upper", [eb.ref("lastFour")]), "=", lastFour.toUpperCase()))
    .execute();
}

/** Records the accounts a report matched, in the receiving transaction (the report's row comes after, under the same key). */
export async function recordMatches(db: Executor, reportKey: string, matches: { customerId: string; matchedBy: string }[], now: Date): Promise<void> {
  if (matches.length === 0) return;
  await db
    .insertInto("minorReportMatches")
    .values(matches.map((match) => ({ reportKey, customerId: match.customerId, matchedBy: match.matchedBy, matchedAt: now.toISOString() })))
    .execute();
}

/**
 * Whether a minor's report holds this customer's data: one that concerns the
 * customer (linked to it, or matched to it on receipt) and whose hold has not
 * ended. It ends only when the data is erased or the report is recorded as
 * mistaken (minor_report_outcomes); the report's status does not matter, so
 * denying the reporter does not lift it.
 */
export async function hasMinorReportHold(db: Executor, customerId: string): Promise<boolean> {
  const row = await db
    .selectFrom("privacyRequests")
    .leftJoin("minorReportOutcomes", "minorReportOutcomes.requestId", "privacyRequests.id")
    .select("privacyRequests.id")
    .where("privacyRequests.type", "=", "minor_report")
    .where("minorReportOutcomes.holdEndedAt", "is", null)
    .where((eb) =>
      eb.or([
        eb("privacyRequests.customerId", "=", customerId),
        eb.exists(
          eb
            .selectFrom("minorReportMatches")
            .select("minorReportMatches.customerId")
            .whereRef("minorReportMatches.reportKey", "=", "privacyRequests.idempotencyKey")
            .where("minorReportMatches.customerId", "=", customerId),
        ),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
