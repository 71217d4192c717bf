import { z } from "zod";
import { REFERENCE_PATTERN } from "../reference";

/**
 * The inputs of the Privacy Administrator's workflow actions. The console's
 * forms have their own schemas; these are the authority the service checks
 * again, whoever calls it. Free text is trimmed but otherwise kept exactly as
 * written: it is always rendered as text, never as HTML.
 */

export const WORKFLOW_TEXT_LIMIT = 2000;
export const CONTACT_PERSON_LIMIT = 200;

const text = (what: string, missing: string, limit = WORKFLOW_TEXT_LIMIT) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(limit, { error: `${what} can be at most ${limit} characters.` });

const actor = {
  reference: z.string({ error: "Say which request this is." }).regex(REFERENCE_PATTERN, { error: "That is not a request reference (they look like PR-7K4Q-9M2X)." }),
  actorAccountId: z.string({ error: "Sign in again to act on requests." }).min(1, { error: "Sign in again to act on requests." }),
};

export const verifyRequestSchema = z.strictObject({
  ...actor,
  method: text("How you verified the identity", "Say how you verified the requester’s identity."),
});

export const startRequestSchema = z.strictObject(actor);

export const extendRequestSchema = z.strictObject({
  ...actor,
  reason: text("The reason", "Give the reason for the extension: the requester is told it."),
});

export const completeRequestSchema = z.strictObject({
  ...actor,
  message: text("The answer", "Write the answer the requester will receive."),
});

export const denyRequestSchema = z.strictObject({
  ...actor,
  reason: text("The reason", "Give the reason for the denial: the requester is told it."),
  contactPerson: text("The contact person", "Name the contact person for further questions, as the policy promises.", CONTACT_PERSON_LIMIT),
});

/**
 * Completing a minor's report: what to erase ("identifiers", or "account:<customer id>"
 * for one matched account, "account:<id>,<id>…" for several, erased together) and the
 * answer to the reporter. No identity check comes
 * first: the reporter's identity is no precondition for acting on a child's data.
 */
export const completeMinorReportSchema = z.strictObject({
  ...actor,
  erase: z
    .string({ error: "Choose what to erase." })
    .max(2000, { error: "Choose what to erase." })
    .regex(/^(identifiers|account:[A-Za-z0-9_-]{1,100}(,[A-Za-z0-9_-]{1,100})*)$/, { error: "Choose what to erase." })
    .nullable(),
  message: text("The answer", "Write the answer the reporter will receive."),
});

/** The report was mistaken (the details were not a child's): the hold on the matched accounts ends, and the reason is kept. */
export const recordMinorReportMistakenSchema = z.strictObject({
  ...actor,
  reason: text("The reason", "Say why the report was mistaken: it is kept with the report."),
});

export const addInternalNoteSchema = z.strictObject({
  ...actor,
  note: text("The note", "Write the note."),
});

export const assignRequestSchema = z.strictObject({
  ...actor,
  /** null takes the request off whoever had it. */
  assigneeAccountId: z.string().min(1, { error: "Choose who takes the request." }).nullable(),
});

export type VerifyRequestInput = z.input<typeof verifyRequestSchema>;
export type StartRequestInput = z.input<typeof startRequestSchema>;
export type ExtendRequestInput = z.input<typeof extendRequestSchema>;
export type CompleteRequestInput = z.input<typeof completeRequestSchema>;
export type DenyRequestInput = z.input<typeof denyRequestSchema>;
export type CompleteMinorReportInput = z.input<typeof completeMinorReportSchema>;
export type RecordMinorReportMistakenInput = z.input<typeof recordMinorReportMistakenSchema>;
export type AddInternalNoteInput = z.input<typeof addInternalNoteSchema>;
export type AssignRequestInput = z.input<typeof assignRequestSchema>;
