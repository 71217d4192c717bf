import "server-only";
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import { appendAuditEntry, type AuditEvent } from "@/server/audit/audit-log";
import type { Database, PrivacyRequestStatus, RequestEventKind } from "@/server/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { appendRequestEvent, findRequestByReference, type RequestSummary } from "../repository";
import { composeEmailText, type RequestLetter, timelineMessage } from "./request-emails";
import { findActiveAdministrator, findWorkflowRequest, type WorkflowRequest } from "./workflow-repository";

/**
 * The skeleton every workflow step shares (verify, start, extend, complete,
 * deny, note, assign): validate the input, then in ONE transaction check the
 * actor and load the request, let the step decide and write, and append the
 * audit entry. A refusal anywhere rolls back whatever was written, so a
 * refused step leaves no event, email or audit entry behind; the caller gets
 * a sentence instead of an exception (the console's action hands it to the
 * form through the boundary's `refuse`).
 */

export type WorkflowOutcome = { ok: true; request: RequestSummary } | { ok: false; message: string };

export type AuditDetails = NonNullable<AuditEvent["details"]>;

/** How the requester was told: by email, by a letter staff must post, or not at all. */
export type Delivery = "email" | "post" | "none";

/** Thrown inside the transaction to refuse a step; only `performWorkflowStep` catches it. */
class RefusedAction extends Error {}

/** Refuses the action with a sentence a person understands; nothing the action wrote is kept. */
export function refuse(message: string): never {
  throw new RefusedAction(message);
}

export interface RequestChanges {
  status?: PrivacyRequestStatus;
  extendedAnswerBy?: string;
  assignedTo?: string | null;
}

export interface ActionStep {
  trx: Transaction<Database>;
  request: WorkflowRequest;
  actorAccountId: string;
  now: Date;
  /** Updates the request's row (and `updated_at`); completed and denied also set `closed_at`. */
  update(changes: RequestChanges): Promise<void>;
  /** An event only staff see. */
  addStaffEvent(kind: RequestEventKind, message: string): Promise<void>;
  /**
   * Puts the letter on the requester's timeline and sends it: by email, or
   * (when `mustReach`, for notices and answers the law requires) as a note
   * telling staff to post it.
   */
  tellRequester(kind: RequestEventKind, letter: RequestLetter, options: { mustReach: boolean; timelineSuffix?: string }): Promise<Delivery>;
}

export interface ActionRecord {
  /** Verb-first, e.g. "verify_request". */
  auditAction: string;
  /** Kinds, flags and counts only: never free text or personal data. */
  auditDetails?: AuditDetails;
}

const CLOSED_STATUSES: readonly PrivacyRequestStatus[] = ["completed", "denied"];

export async function performWorkflowStep<Input extends { reference: string; actorAccountId: string }>(
  db: Kysely<Database>,
  schema: z.ZodType<Input>,
  rawInput: unknown,
  now: Date,
  act: (step: ActionStep, input: Input) => Promise<ActionRecord>,
): Promise<WorkflowOutcome> {
  const parsed = schema.safeParse(rawInput);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Check what you entered and try again." };
  const input = parsed.data;
  try {
    const request = await db.transaction().execute(async (trx) => {
      if (!(await findActiveAdministrator(trx, input.actorAccountId))) refuse("Only a Privacy Administrator can act on requests.");
      const request = (await findWorkflowRequest(trx, input.reference)) ?? refuse(`There is no request with the reference ${input.reference}.`);
      const step = createStep(trx, request, input.actorAccountId, now);
      const record = await act(step, input);
      await appendAuditEntry(
        trx,
        {
          actorAccountId: input.actorAccountId,
          actorRole: "admin",
          action: record.auditAction,
          customerId: request.customerId,
          subject: `request:${request.reference}`,
          details: { type: request.type, ...record.auditDetails },
        },
        now,
      );
      return findRequestByReference(trx, request.reference);
    });
    return { ok: true, request: request! };
  } catch (error) {
    if (error instanceof RefusedAction) return { ok: false, message: error.message };
    throw error;
  }
}

function createStep(trx: Transaction<Database>, request: WorkflowRequest, actorAccountId: string, now: Date): ActionStep {
  const addEvent = (kind: RequestEventKind, message: string, visibleToRequester: boolean) =>
    appendRequestEvent(trx, { requestId: request.id, kind, message, visibleToRequester, actorAccountId }, now);
  const step: ActionStep = {
    trx,
    request,
    actorAccountId,
    now,
    async update(changes) {
      const closing = changes.status !== undefined && CLOSED_STATUSES.includes(changes.status);
      let query = trx
        .updateTable("privacyRequests")
        .set({
          ...changes,
          // The queue's due day moves with the extension.
          ...(changes.extendedAnswerBy ? { dueOn: changes.extendedAnswerBy } : {}),
          ...(closing ? { closedAt: now.toISOString() } : {}),
          updatedAt: now.toISOString(),
        })
        .where("id", "=", request.id);
      // Two administrators acting at once: the status must still be the one the action was checked against.
      if (changes.status !== undefined) query = query.where("status", "=", request.status);
      const result = await query.executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) refuse("Someone else changed this request a moment ago. Reload it and try again.");
    },
    addStaffEvent: (kind, message) => addEvent(kind, message, false),
    async tellRequester(kind, letter, { mustReach, timelineSuffix }) {
      await addEvent(kind, [timelineMessage(letter), timelineSuffix].filter(Boolean).join("\n\n"), true);
      return deliverLetter(step, letter, mustReach);
    },
  };
  return step;
}

/**
 * Email when there is an address and the requester did not ask for post (a
 * California request chooses its answer channel). Otherwise staff post it:
 * the note says where, so nothing required is left unsent without anyone knowing.
 */
async function deliverLetter(step: ActionStep, letter: RequestLetter, mustReach: boolean): Promise<Delivery> {
  const { request } = step;
  const prefersPost = request.type === "california_privacy_rights" && request.details.answerChannel === "postal";
  if (request.requesterEmail && !prefersPost) {
    await enqueueEmail(step.trx, { kind: "request-notice", to: request.requesterEmail, subject: letter.subject, text: composeEmailText(request, letter) }, step.now);
    return "email";
  }
  if (!mustReach) return "none";
  if (!request.requesterPostal) {
    await step.addStaffEvent("note", "No email or postal address was given, so this answer cannot be sent: it stays on record here.");
    return "none";
  }
  const why = prefersPost ? "The requester asked for the answer by post" : "No email address";
  await step.addStaffEvent("note", `${why}: send this answer by post to ${formatPostalAddress(request)}.`);
  return "post";
}

function formatPostalAddress({ requesterName, requesterPostal }: WorkflowRequest): string {
  if (!requesterPostal) return requesterName;
  const { streetAddress, city, state, postalCode } = requesterPostal;
  return [requesterName, streetAddress, city, `${state} ${postalCode}`].filter(Boolean).join(", ");
}
