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

/*
 * The export's reads: everything held about the customer, page by page. Each
 * reads one page after a keyset cursor (the last row of the page before, never
 * OFFSET), so the download holds one page at a time and every page is an index
 * range, however many years of records the customer has. The cursor's first
 * column is also given as a plain `>=`, which both engines read as where the
 * range starts; the `or` only settles ties on it.
 */

export interface CallRecordCursor {
  startedAt: string;
  id: string;
}

/** Call records oldest first, after `after`; the id breaks ties between calls that started at the same moment. */
export async function listCallRecordsAfter(db: Db, customerId: string, after: CallRecordCursor | null, limit: number) {
  let query = db
    .selectFrom("callRecords")
    .select(["id", "startedAt", "direction", "otherParty", "durationSeconds"])
    .where("customerId", "=", customerId);
  if (after) {
    query = query.where("startedAt", ">=", after.startedAt).where((eb) => eb.or([eb("startedAt", ">", after.startedAt), eb("id", ">", after.id)]));
  }
  return query.orderBy("startedAt").orderBy("id").limit(limit).execute();
}

export interface BillingPeriodCursor {
  period: string;
  id: string;
}

/** Billing periods oldest first, after `after`. */
export async function listBillingPeriodsAfter(db: Db, customerId: string, after: BillingPeriodCursor | null, limit: number) {
  let query = db
    .selectFrom("cpniBillingPeriods")
    .select(["id", "period", "amountCents", "minutesUsed", "messagesSent"])
    .where("customerId", "=", customerId);
  if (after) {
    query = query.where("period", ">=", after.period).where((eb) => eb.or([eb("period", ">", after.period), eb("id", ">", after.id)]));
  }
  return query.orderBy("period").orderBy("id").limit(limit).execute();
}

/** Consent records in the order they were made (ids only grow), after the id `after`. */
export async function listConsentRecordsAfter(db: Db, customerId: string, after: number | null, limit: number) {
  return db
    .selectFrom("consentRecords")
    .select(["id", "choiceKey", "oldValue", "newValue", "method", "policyVersion", "createdAt"])
    .where("customerId", "=", customerId)
    .$if(after !== null, (query) => query.where("id", ">", after!))
    .orderBy("id")
    .limit(limit)
    .execute();
}

export interface RequestCursor {
  receivedAt: string;
  id: string;
}

/**
 * The requests the customer made themselves, oldest first. Never one someone
 * else made about them (a minor's report that matched their account): the
 * reporter is a third party (features/requests/workflow/request-views.ts).
 */
export async function listRequestsMadeAfter(db: Db, customerId: string, after: RequestCursor | null, limit: number) {
  let query = db
    .selectFrom("privacyRequests")
    .select(["id", "reference", "type", "status", "detailsJson", "receivedAt", "acknowledgeBy", "answerBy", "extendedAnswerBy", "closedAt"])
    .where("requestedByCustomerId", "=", customerId);
  if (after) {
    query = query.where("receivedAt", ">=", after.receivedAt).where((eb) => eb.or([eb("receivedAt", ">", after.receivedAt), eb("id", ">", after.id)]));
  }
  return query.orderBy("receivedAt").orderBy("id").limit(limit).execute();
}

/** A request's timeline as its requester sees it: never a note meant for staff. */
export async function listRequesterEvents(db: Db, requestId: string) {
  return db
    .selectFrom("requestEvents")
    .select(["occurredAt", "kind", "message"])
    .where("requestId", "=", requestId)
    .where("visibleToRequester", "=", 1)
    .orderBy("id")
    .execute();
}

/** The policy-change notices queued for the customer, oldest first (one per version at most). */
export async function listPolicyNotices(db: Db, customerId: string) {
  return db.selectFrom("policyNotices").select(["versionId", "queuedAt"]).where("customerId", "=", customerId).orderBy("queuedAt").orderBy("versionId").execute();
}

/** The CPNI notices sent to the customer (47 CFR 64.2008(c)), oldest first: when, to which address, which text, first or renewal. */
export async function listCpniNotices(db: Db, customerId: string) {
  return db.selectFrom("cpniNotices").select(["sentAt", "toAddress", "noticeVersion", "kind"]).where("customerId", "=", customerId).orderBy("sentAt").orderBy("id").execute();
}

/** Each use of the customer's CPNI for marketing (47 CFR 64.2009(c)), oldest first. A few a year at most: read whole. */
export async function listCpniUses(db: Db, customerId: string) {
  return db.selectFrom("cpniUses").select(["usedAt", "purpose", "campaign", "cpniUsed", "offered"]).where("customerId", "=", customerId).orderBy("usedAt").orderBy("id").execute();
}

/** The policy version the customer last saw on the dashboard, if any. */
export async function findPolicyView(db: Db, customerId: string) {
  return db.selectFrom("policyViews").select(["versionId", "seenAt"]).where("customerId", "=", customerId).executeTakeFirst();
}

/** When the customer's mail-link identifier was made, if one was. */
export async function findMailRecipient(db: Db, customerId: string) {
  return db.selectFrom("mailRecipients").select(["recipientId", "createdAt"]).where("customerId", "=", customerId).executeTakeFirst();
}

export interface EmailCursor {
  createdAt: string;
  id: string;
}

/** The email queued to an address, oldest first: what was sent and when, never the text (see build-data-export.ts). */
export async function listEmailsToAfter(db: Db, address: string, after: EmailCursor | null, limit: number) {
  let query = db
    .selectFrom("emailOutbox")
    .select(["id", "subject", "category", "createdAt", "sentAt"])
    .where("toAddress", "=", address);
  if (after) {
    query = query.where("createdAt", ">=", after.createdAt).where((eb) => eb.or([eb("createdAt", ">", after.createdAt), eb("id", ">", after.id)]));
  }
  return query.orderBy("createdAt").orderBy("id").limit(limit).execute();
}
