import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database, PrivacyRequestStatus, PrivacyRequestType, RequestEventKind } from "@/server/db/schema";
import type { Deadlines } from "@/lib/requests/legal-deadlines";
import type { TypedRequestDetails } from "@/lib/requests/request-details";

type Executor = Kysely<Database> | Transaction<Database>;

export interface PostalAddress {
  streetAddress: string | null;
  city: string;
  state: string;
  postalCode: string;
}

/** A request as it is made: the type and its own fields (`details`, as submitted) go together. */
export type NewRequest = NewRequestFields & TypedRequestDetails;

interface NewRequestFields {
  reference: string;
  /** The customer it concerns. */
  customerId: string | null;
  /** The customer who made it from their account; null when it was made without one. Only this decides whose request it is. */
  requestedByCustomerId: string | null;
  requesterName: string;
  requesterEmail: string | null;
  requesterPostal: PostalAddress | null;
  urgent: boolean;
  deadlines: Deadlines;
  idempotencyKey: string | null;
  /** What the requester's timeline says first. */
  receivedMessage: string;
  /** When it reached the company, when not at `now` (a letter or email recorded later by staff). */
  receivedAt?: Date;
  /** How it came in, when not through the center itself, and what staff noted (migration 0012). */
  intake?: RequestIntake;
}

/** A request that came by email or post and was recorded in the console (migration 0012-request-channel). */
export interface RequestIntake {
  channel: "email" | "post";
  recordedByAccountId: string;
  /** What the requester asked, as staff transcribed it; null for a minor's report, whose details say it. */
  asked: string | null;
  /** What was enclosed (copies of ID, a letter …): a note, no file. */
  enclosures: string | null;
}

/** What may be said about a request without revealing who made it or what it says. */
export interface RequestSummary {
  id: string;
  reference: string;
  type: PrivacyRequestType;
  status: PrivacyRequestStatus;
  customerId: string | null;
  urgent: boolean;
  receivedAt: string;
  acknowledgeBy: string;
  answerBy: string;
  extendedAnswerBy: string | null;
  closedAt: string | null;
}

const SUMMARY_COLUMNS = [
  "id",
  "reference",
  "type",
  "status",
  "customerId",
  "urgent",
  "receivedAt",
  "acknowledgeBy",
  "answerBy",
  "extendedAnswerBy",
  "closedAt",
] as const;

/**
 * Inserts a request and the "received" event that starts its timeline, in the
 * caller's transaction. Extensions are not granted at creation, so
 * `extended_answer_by` starts empty whatever the law would allow.
 */
export async function createRequest(trx: Transaction<Database>, request: NewRequest, now = new Date()): Promise<RequestSummary> {
  const id = randomUUID();
  const timestamp = now.toISOString();
  const receivedAt = (request.receivedAt ?? now).toISOString();
  await trx
    .insertInto("privacyRequests")
    .values({
      id,
      reference: request.reference,
      type: request.type,
      status: "received",
      customerId: request.customerId,
      requestedByCustomerId: request.requestedByCustomerId,
      requesterName: request.requesterName,
      requesterEmail: request.requesterEmail,
      requesterPostalJson: request.requesterPostal ? JSON.stringify(request.requesterPostal) : null,
      detailsJson: JSON.stringify(request.details),
      urgent: request.urgent ? 1 : 0,
      receivedAt,
      acknowledgeBy: request.deadlines.acknowledgeBy,
      answerBy: request.deadlines.answerBy,
      extendedAnswerBy: null,
      dueOn: request.deadlines.answerBy,
      channel: request.intake?.channel ?? "online",
      recordedAt: request.intake ? timestamp : null,
      recordedBy: request.intake?.recordedByAccountId ?? null,
      askedText: request.intake?.asked ?? null,
      enclosures: request.intake?.enclosures ?? null,
      idempotencyKey: request.idempotencyKey,
      assignedTo: null,
      closedAt: null,
      updatedAt: timestamp,
    })
    .execute();
  await appendRequestEvent(trx, { requestId: id, kind: "received", visibleToRequester: true, message: request.receivedMessage }, now);
  return {
    id,
    reference: request.reference,
    type: request.type,
    status: "received",
    customerId: request.customerId,
    urgent: request.urgent,
    receivedAt,
    acknowledgeBy: request.deadlines.acknowledgeBy,
    answerBy: request.deadlines.answerBy,
    extendedAnswerBy: null,
    closedAt: null,
  };
}

export interface NewRequestEvent {
  requestId: string;
  kind: RequestEventKind;
  message: string;
  visibleToRequester: boolean;
  actorAccountId?: string | null;
}

export async function appendRequestEvent(trx: Transaction<Database>, event: NewRequestEvent, now = new Date()): Promise<void> {
  await trx
    .insertInto("requestEvents")
    .values({
      requestId: event.requestId,
      occurredAt: now.toISOString(),
      kind: event.kind,
      actorAccountId: event.actorAccountId ?? null,
      visibleToRequester: event.visibleToRequester ? 1 : 0,
      message: event.message,
    })
    .execute();
}

/**
 * Who an idempotency key belongs to: the signed-in customer who sent the
 * form, or, for a form sent without an account, the submission itself (there
 * is nobody to compare, so only the very same request sent again is a replay).
 */
export type IdempotencyScope =
  | { requestedByCustomerId: string; type: PrivacyRequestType }
  | { requestedByCustomerId: null; submission: Pick<NewRequest, "type" | "requesterName" | "requesterEmail" | "requesterPostal" | "details"> };

/**
 * The request this requester already made with this key, if any. Ownership is
 * part of the query: another customer's key, or the same key with anything
 * else typed, finds nothing, so a replay never answers with someone else's request.
 */
export async function findOwnRequestByIdempotencyKey(db: Executor, idempotencyKey: string, scope: IdempotencyScope): Promise<RequestSummary | undefined> {
  let query = db.selectFrom("privacyRequests").select(SUMMARY_COLUMNS).where("idempotencyKey", "=", idempotencyKey);
  if (scope.requestedByCustomerId !== null) {
    query = query.where("requestedByCustomerId", "=", scope.requestedByCustomerId).where("type", "=", scope.type);
  } else {
    const { submission } = scope;
    const postal = submission.requesterPostal ? JSON.stringify(submission.requesterPostal) : null;
    query = query
      .where("requestedByCustomerId", "is", null)
      .where("type", "=", submission.type)
      .where("requesterName", "=", submission.requesterName)
      // Serialized exactly as createRequest stores them.
      .where("detailsJson", "=", JSON.stringify(submission.details))
      .where((eb) => (submission.requesterEmail === null ? eb("requesterEmail", "is", null) : eb("requesterEmail", "=", submission.requesterEmail)))
      .where((eb) => (postal === null ? eb("requesterPostalJson", "is", null) : eb("requesterPostalJson", "=", postal)));
  }
  const row = await query.executeTakeFirst();
  return row && { ...row, urgent: row.urgent === 1 };
}

/** Whether any request holds this key; says nothing about which, so it can answer a stranger. */
export async function isIdempotencyKeyTaken(db: Executor, idempotencyKey: string): Promise<boolean> {
  const row = await db.selectFrom("privacyRequests").select("id").where("idempotencyKey", "=", idempotencyKey).executeTakeFirst();
  return row !== undefined;
}

export async function findRequestByReference(db: Executor, reference: string): Promise<RequestSummary | undefined> {
  const row = await db.selectFrom("privacyRequests").select(SUMMARY_COLUMNS).where("reference", "=", reference).executeTakeFirst();
  return row && { ...row, urgent: row.urgent === 1 };
}

/** True when a write failed on a unique constraint, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const { code } = error as { code: unknown };
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
