import "server-only";
import type { Kysely, Transaction } from "kysely";
import { appendAuditEntry } from "@/server/audit/audit-log";
import type { Database } from "@/server/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { env } from "@/server/env";
import { deadlinesForReceipt } from "@/lib/requests/legal-deadlines";
import { generateReference } from "./reference";
import {
  appendRequestEvent,
  createRequest,
  findOwnRequestByIdempotencyKey,
  type IdempotencyScope,
  isIdempotencyKeyTaken,
  isUniqueViolation,
  type NewRequest,
  type RequestSummary,
} from "./repository";

/** Omit that keeps a union a union (each type with its own details). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a form hands over: the request as submitted, minus what the center decides (reference, dates, whom it concerns, who made it). */
export type PublicRequestDraft = OmitEach<NewRequest, "reference" | "deadlines" | "customerId" | "requestedByCustomerId" | "idempotencyKey" | "receivedAt"> & {
  idempotencyKey: string;
};

/** Links a plan puts in its acknowledgement; made by the caller, which knows the site and its secret. */
export interface RequestLinks {
  /** Where the requester follows the request without an account (status-link.ts). */
  statusUrl: (reference: string) => string;
}

export interface CustomerMatch {
  customerId: string | null;
  /** Notes for the administrator's timeline, never shown to the requester. */
  notes: string[];
  /** How the match was made, for the audit log: kinds and counts, never the values typed. */
  auditDetails: Record<string, string | number | boolean | null>;
}

export interface AcknowledgementEmail {
  to: string;
  subject: string;
  text: string;
}

export interface PublicRequestPlan {
  draft: PublicRequestDraft;
  /** Verb-first audit action, e.g. "receive_minor_report". */
  auditAction: string;
  /** Finds the customer the request concerns, inside the same transaction. */
  matchCustomer?: (trx: Transaction<Database>) => Promise<CustomerMatch>;
  /** The acknowledgement, or null when the requester gave no email address. */
  acknowledgement: (request: RequestSummary) => AcknowledgementEmail | null;
  /**
   * Who is asking: a signed-in customer (from the session, never the form), or by default the public.
   * A customer's request is theirs (`requested_by_customer_id`) and shows on their own pages; nothing made
   * without an account ever does, whomever it concerns. An administrator who records a request that
   * came by email or post (features/admin intake) is the actor for the audit log only: the request is
   * the requester's, made without an account.
   */
  actor?: { accountId: string; role: "customer" | "admin" };
  /**
   * When the request reached the company, if not now: a letter or an email that staff record later.
   * The clocks run from the day it was received (11 CCR §7021(b)), never from the day it was entered.
   */
  receivedAt?: Date;
}

export type SubmissionOutcome =
  | { kind: "created"; request: RequestSummary; emailed: boolean }
  | { kind: "replayed"; request: RequestSummary }
  /** The key belongs to another request: of another type, someone else's, or a different submission. Nothing about it is said. */
  | { kind: "key-conflict" };

const REFERENCE_ATTEMPTS = 3;

/** The customer who makes the request: the signed-in actor, or nobody. */
const requestedByOf = (plan: Pick<PublicRequestPlan, "actor">): string | null => (plan.actor?.role === "customer" ? plan.actor.accountId : null);

function idempotencyScopeOf(plan: Pick<PublicRequestPlan, "draft" | "actor">): IdempotencyScope {
  const requestedByCustomerId = requestedByOf(plan);
  return requestedByCustomerId !== null ? { requestedByCustomerId, type: plan.draft.type } : { requestedByCustomerId: null, submission: plan.draft };
}

/**
 * What sending this key again answers: the request it made, when the same
 * requester sent it (the same customer; without an account, the very same
 * submission); a refusal when the key is anyone else's, so a copied key never
 * reveals another person's reference; null for a key never used.
 */
export async function findReplayedRequest(db: Kysely<Database>, plan: Pick<PublicRequestPlan, "draft" | "actor">): Promise<SubmissionOutcome | null> {
  const own = await findOwnRequestByIdempotencyKey(db, plan.draft.idempotencyKey, idempotencyScopeOf(plan));
  if (own) return { kind: "replayed", request: own };
  return (await isIdempotencyKeyTaken(db, plan.draft.idempotencyKey)) ? { kind: "key-conflict" } : null;
}

/**
 * Records a request made without an account: in ONE transaction the request
 * and its "received" event, any customer match and notes, the audit entry and
 * the acknowledgement email in the outbox. A failure anywhere leaves none of
 * them. The caller kicks the email dispatcher once this returns.
 *
 * A second submit with the same idempotency key (even one racing this one)
 * fails on the unique key and answers with the first request instead, when
 * the same requester sent it (findReplayedRequest); anyone else is refused.
 */
export async function submitPublicRequest(db: Kysely<Database>, plan: PublicRequestPlan, now = new Date()): Promise<SubmissionOutcome> {
  const receivedAt = plan.receivedAt ?? now;
  const deadlines = deadlinesForReceipt(plan.draft.type, receivedAt, env.COMPANY_TIME_ZONE);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const match = plan.matchCustomer ? await plan.matchCustomer(trx) : { customerId: null, notes: [], auditDetails: {} };
        const request = await createRequest(
          trx,
          { ...plan.draft, reference: generateReference(), deadlines, receivedAt, customerId: match.customerId, requestedByCustomerId: requestedByOf(plan) },
          now,
        );
        for (const note of match.notes) {
          // A note made while staff record a request is theirs; the center's own matching notes are nobody's.
          const author = plan.actor?.role === "admin" ? plan.actor.accountId : null;
          await appendRequestEvent(trx, { requestId: request.id, kind: "note", visibleToRequester: false, message: note, actorAccountId: author }, now);
        }
        const email = plan.acknowledgement(request);
        await appendAuditEntry(
          trx,
          {
            actorAccountId: plan.actor?.accountId ?? null,
            actorRole: plan.actor?.role ?? "public",
            action: plan.auditAction,
            customerId: match.customerId,
            subject: `request:${request.reference}`,
            details: { type: request.type, urgent: request.urgent, acknowledgementEmailed: email !== null, ...match.auditDetails },
          },
          now,
        );
        if (email) await enqueueEmail(trx, { ...email, kind: "request-acknowledgement" }, now);
        return { kind: "created" as const, request, emailed: email !== null };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const replay = await findReplayedRequest(db, plan);
      if (replay) return replay;
      // Not the key, so the reference collided (about one in 10^11): draw another.
      if (attempt >= REFERENCE_ATTEMPTS) throw error;
    }
  }
}
