"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getPolicyHistory } from "@/features/policy";
import { requestWorkflow as workflow } from "@/features/requests";
import { type AdminContext, formAction, refuse } from "@/server/boundary";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { type RequestAction, requestActionSchema } from "./request-action-schemas";

/**
 * Every form on a request's page in the console. The boundary checks the
 * administrator's session (never the layout alone) and the form; then the
 * workflow step runs (its own transaction: status, timeline, audit entry and
 * the requester's email), a step the workflow refuses goes back to the form
 * in its words, the outbox wakes, and the page of the request says what was
 * done (a redirect, so a reload does not do it again).
 */
export const takeRequestStepAction = formAction({
  access: "admin",
  schema: requestActionSchema,
  run: async (action, context) => {
    const outcome = await takeStep(action, context);
    if (!outcome.ok) refuse(outcome.message);
    kickEmailDispatcher();
    revalidatePath("/admin");
    redirect(`/admin/requests/${action.reference}?done=${action.intent}`);
  },
});

/** The workflow step the form asked for, acted by the session's administrator. */
function takeStep(action: RequestAction, context: AdminContext): Promise<workflow.WorkflowOutcome> {
  const { db, now } = context;
  const { reference } = action;
  const actorAccountId = context.actor.accountId;
  switch (action.intent) {
    case "verify":
      return workflow.verifyRequest(db, { reference, actorAccountId, method: action.method }, {}, now);
    case "start":
      return workflow.startRequest(db, { reference, actorAccountId }, {}, now);
    case "extend":
      return workflow.extendRequest(db, { reference, actorAccountId, reason: action.reason }, {}, now);
    case "complete":
      return workflow.completeRequest(
        db,
        { reference, actorAccountId, message: action.message },
        { cipher: context.cipher(), siteUrl: context.siteUrl, policyVersion: getPolicyHistory(now).current.version.id },
        now,
      );
    case "deny":
      return workflow.denyRequest(db, { reference, actorAccountId, reason: action.reason, contactPerson: action.contactPerson }, {}, now);
    case "erase":
      return workflow.completeMinorReport(db, { reference, actorAccountId, erase: action.erase ?? null, message: action.message }, {}, now);
    case "mistaken":
      return workflow.recordMinorReportMistaken(db, { reference, actorAccountId, reason: action.reason }, {}, now);
    case "note":
      return workflow.addInternalNote(db, { reference, actorAccountId, note: action.note }, {}, now);
    case "assign":
      return workflow.assignRequest(db, { reference, actorAccountId, assigneeAccountId: action.assignee || null }, {}, now);
  }
}
