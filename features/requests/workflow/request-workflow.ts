import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import { describeAdministratorContact } from "@/lib/administrator-contact";
import { dayIn } from "@/lib/dates";
import { env } from "@/server/env";
import { answerRequest, type CompletionDeps } from "./answer-request";
import { deniedLetter, extendedLetter, minorReportCompletedLetter, startedLetter, verifiedLetter } from "./request-emails";
import { endMinorReportHold, eraseForMinorReport, type MinorErasureChoice } from "./minor-report-erasure";
import { findMinorReportFindings } from "./minor-report-findings";
import { extendedAnswerDay, type StatusChangingAction, transitionRefusal } from "./request-transitions";
import { type ActionStep, performWorkflowStep, refuse, type WorkflowOutcome } from "./perform-workflow-step";
import { findActiveAdministrator } from "./workflow-repository";
import {
  type AddInternalNoteInput,
  addInternalNoteSchema,
  type AssignRequestInput,
  assignRequestSchema,
  type CompleteMinorReportInput,
  completeMinorReportSchema,
  type CompleteRequestInput,
  completeRequestSchema,
  type RecordMinorReportMistakenInput,
  recordMinorReportMistakenSchema,
  type DenyRequestInput,
  denyRequestSchema,
  type ExtendRequestInput,
  extendRequestSchema,
  type StartRequestInput,
  startRequestSchema,
  type VerifyRequestInput,
  verifyRequestSchema,
} from "./workflow-schemas";

/**
 * The Privacy Administrator's steps on a request. Each validates its input,
 * then in ONE transaction checks the step is allowed, updates the request,
 * adds its timeline events, tells the requester (email, or a note to post the
 * answer) and appends the audit entry (performWorkflowStep). A step that is not
 * allowed answers `{ ok: false, message }` and leaves nothing written. The
 * caller kicks the email dispatcher after a success.
 */

export type { CompletionDeps } from "./answer-request";
export type { WorkflowOutcome } from "./perform-workflow-step";

/** The steps that need nothing besides the database take no dependencies; the parameter keeps every step's shape alike. */
export type NoDeps = Record<string, never>;

function requireTransition(step: ActionStep, action: StatusChangingAction): void {
  // "Today" is the company's day, as every legal clock counts it (lib/requests/legal-deadlines.ts).
  const refusal = transitionRefusal(action, step.request, dayIn(env.COMPANY_TIME_ZONE, step.now));
  if (refusal) refuse(refusal);
}

const currentAnswerDay = (step: ActionStep) => step.request.extendedAnswerBy ?? step.request.answerBy;

/** Identity verified. The requester is told only that; how it was verified is a staff note. */
export function verifyRequest(db: Kysely<Database>, input: VerifyRequestInput, _deps?: NoDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, verifyRequestSchema, input, now, async (step, { method }) => {
    requireTransition(step, "verify");
    await step.update({ status: "verified" });
    const delivery = await step.tellRequester("verified", verifiedLetter(step.request, currentAnswerDay(step)), { mustReach: false });
    await step.addStaffEvent("note", `Identity verified: ${method}`);
    return { auditAction: "verify_request", auditDetails: { delivery } };
  });
}

export function startRequest(db: Kysely<Database>, input: StartRequestInput, _deps?: NoDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, startRequestSchema, input, now, async (step) => {
    requireTransition(step, "start");
    await step.update({ status: "in_progress" });
    const delivery = await step.tellRequester("in_progress", startedLetter(step.request, currentAnswerDay(step)), { mustReach: false });
    return { auditAction: "start_request", auditDetails: { delivery } };
  });
}

/** The one extension the law allows for access, correction and deletion: to 90 days from receipt, with notice and the reason. */
export function extendRequest(db: Kysely<Database>, input: ExtendRequestInput, _deps?: NoDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, extendRequestSchema, input, now, async (step, { reason }) => {
    requireTransition(step, "extend");
    const newDay = extendedAnswerDay(step.request, env.COMPANY_TIME_ZONE) ?? refuse("This kind of request cannot be extended.");
    await step.update({ status: "extended", extendedAnswerBy: newDay });
    const delivery = await step.tellRequester("extended", extendedLetter(step.request, reason, step.request.answerBy, newDay), { mustReach: true });
    return { auditAction: "extend_request", auditDetails: { extendedAnswerBy: newDay, delivery } };
  });
}

/** Does what was asked (see answerRequest) and sends the answer; identity must have been verified. */
export function completeRequest(db: Kysely<Database>, input: CompleteRequestInput, deps: CompletionDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, completeRequestSchema, input, now, async (step, { message }) => {
    // A minor's report is completed by erasing the child's data (completeMinorReport), never by a message alone.
    if (step.request.type === "minor_report") refuse("Choose what to erase about the child, then complete the report with “Erase and complete”.");
    requireTransition(step, "complete");
    await step.update({ status: "completed" });
    const answer = await answerRequest(step, message, deps);
    const delivery = await step.tellRequester("completed", answer.letter, { mustReach: true });
    return { auditAction: "complete_request", auditDetails: { ...answer.auditDetails, delivery } };
  });
}

/** A refusal gives "an explanation ... and a contact person for further inquiries" (policy). */
export function denyRequest(db: Kysely<Database>, input: DenyRequestInput, _deps?: NoDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, denyRequestSchema, input, now, async (step, { reason, contactPerson }) => {
    requireTransition(step, "deny");
    await step.update({ status: "denied" });
    const delivery = await step.tellRequester("denied", deniedLetter(step.request, reason, contactPerson), {
      mustReach: true,
      // The email ends with the contact anyway; the timeline needs it too.
      timelineSuffix: describeAdministratorContact(),
    });
    return { auditAction: "deny_request", auditDetails: { delivery } };
  });
}

/** For staff only, at any step, even after the request is closed. */
export function addInternalNote(db: Kysely<Database>, input: AddInternalNoteInput, _deps?: NoDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, addInternalNoteSchema, input, now, async (step, { note }) => {
    await step.addStaffEvent("note", note);
    return { auditAction: "add_request_note" };
  });
}

/** Gives the request to an administrator, or (null) to nobody. */
export function assignRequest(db: Kysely<Database>, input: AssignRequestInput, _deps?: NoDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, assignRequestSchema, input, now, async (step, { assigneeAccountId }) => {
    const assignee = assigneeAccountId
      ? ((await findActiveAdministrator(step.trx, assigneeAccountId)) ?? refuse("A request can only be assigned to a Privacy Administrator’s account."))
      : null;
    await step.update({ assignedTo: assignee?.accountId ?? null });
    await step.addStaffEvent("assigned", assignee ? `Assigned to ${assignee.email}.` : "Unassigned: nobody has this request now.");
    return { auditAction: "assign_request", auditDetails: { assigneeAccountId: assignee?.accountId ?? null } };
  });
}

/**
 * Completes a minor's report by erasing the child's data as the administrator
 * chose (minor-report-erasure.ts), in the same transaction as the status, the
 * reporter's letter saying what was done and kept, the end of the hold and the
 * audit entry. Nothing is erased if any of it fails. No identity check comes first.
 */
export function completeMinorReport(db: Kysely<Database>, input: CompleteMinorReportInput, _deps?: NoDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, completeMinorReportSchema, input, now, async (step, { erase, message }) => {
    const { request, trx } = step;
    if (request.type !== "minor_report") refuse("Only a report about a minor’s data is completed by erasing.");
    requireTransition(step, "complete");
    const { idempotencyKey } = await trx.selectFrom("privacyRequests").select("idempotencyKey").where("id", "=", request.id).executeTakeFirstOrThrow();
    const findings = await findMinorReportFindings(trx, { ...request, idempotencyKey }, now);
    const choice = readErasureChoice(erase, findings.accounts.map((account) => account.customerId));
    const outcome = await eraseForMinorReport(trx, choice, findings, request.details, now);
    await step.update({ status: "completed" });
    const holdEnded = await endMinorReportHold(trx, request.id, "erased", now);
    await step.addStaffEvent("note", erasureNote(choice, findings.accounts.length));
    const delivery = await step.tellRequester("completed", minorReportCompletedLetter(request, message, outcome), { mustReach: true });
    return { auditAction: "complete_minor_report", auditDetails: { ...outcome.counts, holdEnded, delivery } };
  });
}

/** What staff read on the timeline: which accounts were erased (ids, never the reported values), and what became of the others. */
function erasureNote(choice: MinorErasureChoice, matched: number): string {
  if (choice.scope === "identifiers") return "Erased the records holding the reported details.";
  const erased = choice.customerIds.length === 1 ? `Erased the account ${choice.customerIds[0]}.` : `Erased the ${choice.customerIds.length} accounts ${choice.customerIds.join(", ")}.`;
  const others = matched - choice.customerIds.length;
  return others ? `${erased} ${others} other matched account${others === 1 ? " was" : "s were"} not erased; the hold on ${others === 1 ? "it" : "them"} ends with this report.` : erased;
}

/** "identifiers", or "account:<id>[,<id>…]": one or several matched accounts, each checked against the report's matches. */
function readErasureChoice(erase: string | null, matched: string[]): MinorErasureChoice {
  if (erase === null || erase === "identifiers") {
    if (erase === null && matched.length > 0) refuse("Choose what to erase: a matched account, or only the records that hold the reported details.");
    return { scope: "identifiers" };
  }
  const customerIds = [...new Set(erase.slice("account:".length).split(","))];
  if (!customerIds.every((customerId) => matched.includes(customerId))) refuse("That account is not one this report matched. Reload the page and choose again.");
  return { scope: "account", customerIds };
}

/**
 * The report was mistaken: the hold on the matched accounts ends, with the
 * reason on the timeline for staff. Possible at any status, since denying the
 * reporter does not end the hold by itself; refused once the hold has ended.
 */
export function recordMinorReportMistaken(db: Kysely<Database>, input: RecordMinorReportMistakenInput, _deps?: NoDeps, now = new Date()): Promise<WorkflowOutcome> {
  return performWorkflowStep(db, recordMinorReportMistakenSchema, input, now, async (step, { reason }) => {
    if (step.request.type !== "minor_report") refuse("Only a report about a minor’s data can be recorded as mistaken.");
    if (!(await endMinorReportHold(step.trx, step.request.id, "mistaken", now))) refuse("The hold of this report has already ended.");
    await step.addStaffEvent("note", `Recorded as mistaken; the hold on the matched accounts ends. Reason: ${reason}`);
    return { auditAction: "record_minor_report_mistaken" };
  });
}
