import { z } from "zod";
import { type StatusChangingAction, type TransitionSubject, transitionRefusal } from "@/features/requests";
import {
  addInternalNoteSchema,
  assignRequestSchema,
  completeMinorReportSchema,
  completeRequestSchema,
  denyRequestSchema,
  recordMinorReportMistakenSchema,
  extendRequestSchema,
  startRequestSchema,
  verifyRequestSchema,
} from "@/features/requests";
import { CONFIRMATION_FIELD, CONFIRMATION_REFUSED } from "./request-confirmation";

/**
 * The forms on a request's page in the console: the workflow's own input
 * schemas (one source for every message), with the intent that picks the
 * step, and without the actor, which comes from the session, never the form.
 */
const withoutActor = { actorAccountId: true } as const;
const intent = <Intent extends string>(value: Intent) => ({ intent: z.literal(value) });

/** A ticked checkbox sends "on"; an unticked one sends nothing. Without it the step is not taken, with or without JavaScript. */
const confirmed = { [CONFIRMATION_FIELD]: z.literal("on", { error: CONFIRMATION_REFUSED }) };

export const requestActionSchema = z.discriminatedUnion(
  "intent",
  [
    verifyRequestSchema.omit(withoutActor).extend(intent("verify")),
    startRequestSchema.omit(withoutActor).extend(intent("start")),
    extendRequestSchema.omit(withoutActor).extend(intent("extend")),
    completeRequestSchema.omit(withoutActor).extend({ ...intent("complete"), ...confirmed }),
    denyRequestSchema.omit(withoutActor).extend({ ...intent("deny"), ...confirmed }),
    addInternalNoteSchema.omit(withoutActor).extend(intent("note")),
    // A radio group sends nothing when nothing is chosen: the workflow says what to choose.
    completeMinorReportSchema.omit({ ...withoutActor, erase: true }).extend({ ...intent("erase"), erase: z.string().max(2000).optional(), ...confirmed }),
    recordMinorReportMistakenSchema.omit(withoutActor).extend({ ...intent("mistaken"), ...confirmed }),
    // The select sends "" for "Nobody".
    assignRequestSchema.omit({ ...withoutActor, assigneeAccountId: true }).extend({ ...intent("assign"), assignee: z.string().max(100) }),
  ],
  { error: "This action is not one we know. Reload the page and try again." },
);

export type RequestAction = z.infer<typeof requestActionSchema>;
export type RequestIntent = RequestAction["intent"];

const STATUS_STEPS: StatusChangingAction[] = ["verify", "start", "extend", "complete", "deny"];

/**
 * The steps the workflow would accept today, in the order staff take them; notes can always be added.
 * A minor's report is completed by erasing ("erase"), and while its hold stands it can be recorded as mistaken.
 */
export function availableActions(request: TransitionSubject, today = new Date().toISOString().slice(0, 10), minorReportHeld = false): RequestIntent[] {
  const minor = request.type === "minor_report";
  const steps = STATUS_STEPS.filter((step) => transitionRefusal(step, request, today) === null).map((step): RequestIntent => (minor && step === "complete" ? "erase" : step));
  const open = request.status !== "completed" && request.status !== "denied";
  return [...steps, ...(minor && minorReportHeld ? (["mistaken"] as const) : []), ...(open ? (["assign"] as const) : []), "note"];
}

/** What the request's page says after each action (`?done=<intent>`). */
export const ACTION_DONE_MESSAGES: Record<RequestIntent, string> = {
  verify: "Marked as verified. The requester has been told.",
  start: "Marked as in progress. The requester has been told.",
  extend: "Extended. The requester has been told why and by when they will be answered.",
  complete: "Completed. The requester has been sent the answer.",
  deny: "Denied. The requester has been sent the reason and the contact person.",
  erase: "Erased and completed. The reporter has been told what was done and what was kept.",
  mistaken: "Recorded as mistaken. The hold on the matched accounts has ended.",
  note: "Note added. Only staff can see it.",
  assign: "Assignment saved.",
};
