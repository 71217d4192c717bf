import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import type { ContactDetails } from "./schemas";

/**
 * The SQL behind "Your information". Every query names its columns and is
 * scoped to one customer (`where customer_id = ?`), so no function here can
 * return another customer's rows. Ciphertext is never selected: the dashboard
 * shows masked values built from `last_four`.
 */
type Db = Kysely<Database>;

export async function findCustomerProfile(db: Db, customerId: string) {
  return db
    .selectFrom("customers")
    .innerJoin("accounts", "accounts.id", "customers.accountId")
    .select([
      "customers.fullName",
      "accounts.email",
      "customers.streetAddress",
      "customers.city",
      "customers.state",
      "customers.postalCode",
      "customers.phone",
      "customers.dateOfBirth",
      "customers.updatedAt",
    ])
    .where("customers.accountId", "=", customerId)
    .executeTakeFirst();
}

/** The customer's name as held, for a request they make about themselves; undefined when the account has no customer record. */
export async function findCustomerName(db: Db, customerId: string): Promise<string | undefined> {
  const row = await db.selectFrom("customers").select("fullName").where("accountId", "=", customerId).executeTakeFirst();
  return row?.fullName;
}

export async function listSensitiveItems(db: Db, customerId: string) {
  return db
    .selectFrom("sensitiveItems")
    .select(["kind", "lastFour", "createdAt"])
    .where("customerId", "=", customerId)
    .orderBy("kind")
    .execute();
}

export async function listCpniServices(db: Db, customerId: string) {
  return db
    .selectFrom("cpniServices")
    .select(["serviceName", "plan", "startedOn", "monthlyPriceCents"])
    .where("customerId", "=", customerId)
    .orderBy("startedOn")
    .orderBy("serviceName")
    .execute();
}

/** The latest billing periods, newest first. */
export async function listBillingPeriods(db: Db, customerId: string, limit: number) {
  return db
    .selectFrom("cpniBillingPeriods")
    .select(["period", "amountCents", "minutesUsed", "messagesSent"])
    .where("customerId", "=", customerId)
    .orderBy("period", "desc")
    .limit(limit)
    .execute();
}

export async function countCallRecords(db: Db, customerId: string): Promise<number> {
  const row = await db
    .selectFrom("callRecords")
    .select((eb) => eb.fn.countAll().as("count"))
    .where("customerId", "=", customerId)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns bigint counts as strings.
  return Number(row.count);
}

/** The most recent calls, newest first. */
export async function listRecentCallRecords(db: Db, customerId: string, limit: number) {
  return db
    .selectFrom("callRecords")
    .select(["startedAt", "direction", "otherParty", "durationSeconds"])
    .where("customerId", "=", customerId)
    .orderBy("startedAt", "desc")
    .limit(limit)
    .execute();
}

/** Per kind of stored communication: how many, how large in total, the oldest and the newest. */
export async function summarizeStoredCommunications(db: Db, customerId: string) {
  const rows = await db
    .selectFrom("storedCommunications")
    .select((eb) => [
      "kind",
      eb.fn.countAll().as("count"),
      eb.fn.sum("sizeBytes").as("totalBytes"),
      eb.fn.min("storedAt").as("oldest"),
      eb.fn.max("storedAt").as("newest"),
    ])
    .where("customerId", "=", customerId)
    .groupBy("kind")
    .execute();
  return rows.map((row) => ({ kind: row.kind, count: Number(row.count), totalBytes: Number(row.totalBytes), oldest: row.oldest, newest: row.newest }));
}

export async function listDeviceIdentifiers(db: Db, customerId: string) {
  return db
    .selectFrom("deviceIdentifiers")
    .select(["kind", "name", "purpose", "valueHint", "firstSeenAt", "lastSeenAt"])
    .where("customerId", "=", customerId)
    .orderBy("kind")
    .orderBy("name")
    .execute();
}

/** Writes the corrected contact details of the account's own customer record; returns false when it has none. */
export async function updateContactDetails(db: Db, accountId: string, details: ContactDetails, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("customers")
    .set({ ...pickContactDetails(details), updatedAt: now.toISOString() })
    .where("accountId", "=", accountId)
    .executeTakeFirst();
  return result.numUpdatedRows > BigInt(0);
}

/** Only the columns a customer may correct, whatever else the object holds. */
function pickContactDetails(details: ContactDetails) {
  const { fullName, streetAddress, city, state, postalCode, phone } = details;
  return { fullName, streetAddress, city, state, postalCode, phone };
}
