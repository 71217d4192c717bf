import { z } from "zod";
import { type StatusChangingAction, type TransitionSubject, transitionRefusal } from "@/features/requests";
import {
  addInternalNoteSchema,
  assignRequestSchema,
  completeRequestSchema,
  denyRequestSchema,
  extendRequestSchema,
  startRequestSchema,
  verifyRequestSchema,
} from "@/features/requests";

/**
 * The forms on a request's page in the console: the workflow's own input
 * schemas (one source for every message), with the intent that picks the
 * step, and without the actor, which comes from the session, never the form.
 */
const withoutActor = { actorAccountId: true } as const;
const intent = <Intent extends string>(value: Intent) => ({ intent: z.literal(value) });

export const requestActionSchema = z.discriminatedUnion(
  "intent",
  [
    verifyRequestSchema.omit(withoutActor).extend(intent("verify")),
    startRequestSchema.omit(withoutActor).extend(intent("start")),
    extendRequestSchema.omit(withoutActor).extend(intent("extend")),
    completeRequestSchema.omit(withoutActor).extend(intent("complete")),
    denyRequestSchema.omit(withoutActor).extend(intent("deny")),
    addInternalNoteSchema.omit(withoutActor).extend(intent("note")),
    // The select sends "" for "Nobody".
    assignRequestSchema.omit({ ...withoutActor, assigneeAccountId: true }).extend({ ...intent("assign"), assignee: z.string().max(100) }),
  ],
  { error: "This action is not one we know. Reload the page and try again." },
);

export type RequestAction = z.infer<typeof requestActionSchema>;
export type RequestIntent = RequestAction["intent"];

const STATUS_STEPS: StatusChangingAction[] = ["verify", "start", "extend", "complete", "deny"];

/** The steps the workflow would accept today, in the order staff take them; notes can always be added. */
export function availableActions(request: TransitionSubject, today = new Date().toISOString().slice(0, 10)): RequestIntent[] {
  const steps = STATUS_STEPS.filter((step) => transitionRefusal(step, request, today) === null);
  const open = request.status !== "completed" && request.status !== "denied";
  return [...steps, ...(open ? (["assign"] as const) : []), "note"];
}

/** What the request's page says after each action (`?done=<intent>`). */
export const ACTION_DONE_MESSAGES: Record<RequestIntent, string> = {
  verify: "Marked as verified. The requester has been told.",
  start: "Marked as in progress. The requester has been told.",
  extend: "Extended. The requester has been told why and by when they will be answered.",
  complete: "Completed. The requester has been sent the answer.",
  deny: "Denied. The requester has been sent the reason and the contact person.",
  note: "Note added. Only staff can see it.",
  assign: "Assignment saved.",
};
