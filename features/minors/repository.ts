import "server-only";
import { type Expression, type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "@/server/db/schema";

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

/** A phone column with its punctuation removed, the same way on SQLite and PostgreSQL. */
function digitsOf(column: Expression<string>) {
  return sql<string>`replace(replace(replace(replace(replace(replace(${column}, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')`;
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

/** Whether any minor's report about this customer is still open. */
export async function hasOpenMinorReport(db: Executor, customerId: string): Promise<boolean> {
  const row = await db
    .selectFrom("privacyRequests")
    .select("id")
    .where("customerId", "=", customerId)
    .where("type", "=", "minor_report")
    .where("status", "not in", ["completed", "denied"])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
