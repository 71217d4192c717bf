import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { createSensitiveCipher } from "@/server/crypto/sensitive-cipher";
import type { Database, PrivacyRequestType } from "@/server/db/schema";
import { deadlinesFor } from "@/lib/requests/legal-deadlines";
import { generateReference } from "../reference";
import { createRequest, type PostalAddress } from "../repository";
import type { TypedRequestDetails } from "@/lib/requests/request-details";

/** Test data for the workflow's tests: administrators, requests, and a customer's records of known ages. */

export const testCipher = createSensitiveCipher(`test:${randomBytes(32).toString("base64")}`);

export const RECEIVED_AT = new Date("2026-12-01T15:00:00Z");
/** Two days after RECEIVED_AT: well inside every deadline. */
export const SOON_AFTER = new Date("2026-12-03T10:00:00Z");

export async function insertAdministrator(db: Kysely<Database>, options: { disabled?: boolean; role?: "admin" | "customer" } = {}): Promise<string> {
  const id = `admin-${randomUUID()}`;
  const now = "2026-11-20T00:00:00.000Z";
  await db
    .insertInto("accounts")
    .values({ id, email: `${id}@example.com`, passwordHash: "not-used", role: options.role ?? "admin", disabledAt: options.disabled ? now : null, passwordChangedAt: now, createdAt: now })
    .execute();
  return id;
}

export interface TestRequestOptions {
  type?: PrivacyRequestType;
  /** The customer it concerns. */
  customerId?: string | null;
  /**
   * The customer who made it. By default as the forms do: access, correction and deletion requests
   * are made by the customer they concern, from their account; the public forms' by nobody with one.
   */
  requestedByCustomerId?: string | null;
  requesterName?: string;
  requesterEmail?: string | null;
  requesterPostal?: PostalAddress | null;
  details?: Record<string, string | number | null>;
  receivedAt?: Date;
}

const CUSTOMER_MADE_TYPES: readonly PrivacyRequestType[] = ["access", "correction", "deletion"];

/** A request as a form would have made it, status "received"; returns its reference. */
export async function insertTestRequest(db: Kysely<Database>, options: TestRequestOptions = {}): Promise<string> {
  const type = options.type ?? "access";
  const receivedAt = options.receivedAt ?? RECEIVED_AT;
  const reference = generateReference();
  await db.transaction().execute((trx) =>
    createRequest(
      trx,
      {
        reference,
        // As stored: a test may give only the details it needs (they are read leniently, like rows written before a field existed).
        ...({ type, details: options.details ?? {} } as TypedRequestDetails),
        customerId: options.customerId ?? null,
        requestedByCustomerId: options.requestedByCustomerId !== undefined ? options.requestedByCustomerId : CUSTOMER_MADE_TYPES.includes(type) ? (options.customerId ?? null) : null,
        requesterName: options.requesterName ?? "Robin Requester",
        requesterEmail: options.requesterEmail === undefined ? `requester-${randomUUID()}@example.com` : options.requesterEmail,
        requesterPostal: options.requesterPostal ?? null,
        urgent: type === "minor_report",
        deadlines: deadlinesFor(type, receivedAt.toISOString().slice(0, 10)),
        idempotencyKey: randomUUID(),
        receivedMessage: "We received your request.",
      },
      receivedAt,
    ),
  );
  return reference;
}

const monthsBefore = (now: Date, months: number) => {
  const day = new Date(now);
  day.setUTCMonth(day.getUTCMonth() - months);
  return day;
};

/**
 * Records of every kind for one customer, some older and some younger than
 * the 18 months call records and billing details are kept, relative to `now`.
 */
export async function insertCustomerRecords(db: Kysely<Database>, customerId: string, now: Date) {
  const owned = () => ({ id: randomUUID(), customerId });
  const stamp = now.toISOString();
  await db
    .insertInto("storedCommunications")
    .values(
      (["voicemail", "call_recording", "sms", "fax"] as const).map((kind) => ({ ...owned(), kind, storedAt: stamp, sizeBytes: 1000 })),
    )
    .execute();
  await db
    .insertInto("deviceIdentifiers")
    .values([
      { ...owned(), kind: "cookie", name: "prefs", purpose: "preference", valueHint: "…a1", firstSeenAt: stamp, lastSeenAt: stamp },
      { ...owned(), kind: "device", name: "Desk phone", purpose: "device", valueHint: "…:9F", firstSeenAt: stamp, lastSeenAt: stamp },
    ])
    .execute();
  const sensitive = { ssn: "123-45-6789", card_number: "4111111111111111", account_number: "PC-00012345" } as const;
  await db
    .insertInto("sensitiveItems")
    .values(Object.entries(sensitive).map(([kind, value]) => ({ ...owned(), kind: kind as keyof typeof sensitive, ...testCipher.seal(value), lastFour: value.slice(-4), createdAt: stamp })))
    .execute();
  await db.insertInto("cpniServices").values({ ...owned(), serviceName: "Business line", plan: "Pro", startedOn: "2023-01-01", monthlyPriceCents: 2999 }).execute();
  const call = (startedAt: Date) => ({ ...owned(), startedAt: startedAt.toISOString(), direction: "outbound" as const, otherParty: "+1 973 555 0100", durationSeconds: 60 });
  await db.insertInto("callRecords").values([call(monthsBefore(now, 20)), call(monthsBefore(now, 19)), call(monthsBefore(now, 17)), call(monthsBefore(now, 1)), call(now)]).execute();
  const period = (monthsAgo: number) => ({ ...owned(), period: monthsBefore(now, monthsAgo).toISOString().slice(0, 7), amountCents: 3400, minutesUsed: 100, messagesSent: 10 });
  await db.insertInto("cpniBillingPeriods").values([period(24), period(19), period(17), period(1)]).execute();
  await db
    .insertInto("consentRecords")
    .values({ customerId, choiceKey: "promotional-email", oldValue: null, newValue: 0, method: "dashboard", policyVersion: "2026-11-20", createdAt: stamp })
    .execute();
}

/** How many rows of each kind the customer has. */
export async function countCustomerRows(db: Kysely<Database>, customerId: string) {
  const tables = ["storedCommunications", "deviceIdentifiers", "sensitiveItems", "cpniServices", "callRecords", "cpniBillingPeriods", "consentRecords"] as const;
  const counts = await Promise.all(
    tables.map(async (table) => {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).where("customerId", "=", customerId).executeTakeFirstOrThrow();
      return [table, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<(typeof tables)[number], number>;
}

/** Everything a request left behind: its row, its timeline, the emails to the requester and its audit entries. */
export async function readTrail(db: Kysely<Database>, reference: string) {
  const request = await db
    .selectFrom("privacyRequests")
    .select(["id", "status", "closedAt", "updatedAt", "extendedAnswerBy", "assignedTo", "requesterEmail"])
    .where("reference", "=", reference)
    .executeTakeFirstOrThrow();
  const [events, emails, audit] = await Promise.all([
    db.selectFrom("requestEvents").select(["kind", "message", "visibleToRequester", "actorAccountId"]).where("requestId", "=", request.id).orderBy("id").execute(),
    db.selectFrom("emailOutbox").select(["toAddress", "subject", "textBody"]).where("subject", "like", `%${reference}%`).orderBy("createdAt").execute(),
    db.selectFrom("auditLog").select(["action", "actorRole", "actorAccountId", "customerId", "detailsJson"]).where("subject", "=", `request:${reference}`).orderBy("sequence").execute(),
  ]);
  return {
    request,
    events: events.map((event) => ({ ...event, visibleToRequester: event.visibleToRequester === 1 })),
    emails,
    audit: audit.map(({ detailsJson, ...entry }) => ({ ...entry, details: JSON.parse(detailsJson) as Record<string, unknown> })),
  };
}
