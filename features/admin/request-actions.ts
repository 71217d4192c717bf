"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type FormState, invalidFormState, readFormInput } from "@/features/account-security/form-state";
import { getPolicyHistory } from "@/features/policy/policy-service";
import { readSubmittedValues } from "@/features/requests/public-request-state";
import * as workflow from "@/features/requests/workflow/request-workflow";
import { requireAdmin } from "@/server/auth/current-account";
import { createSensitiveCipher } from "@/server/crypto/sensitive-cipher";
import { database } from "@/server/db/database";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { env, readSecrets } from "@/server/env";
import { type RequestAction, requestActionSchema } from "./request-action-schemas";

/**
 * Every form on a request's page in the console: check the role here (never
 * the layout alone) → parse → run the workflow step (its own transaction:
 * status, timeline, audit entry and the requester's email) → wake the outbox
 * → back to the request's page, which says what was done (so a reload does
 * not do it again).
 */
export async function runRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  // What was typed goes back into the form on any refusal, so nothing is lost.
  const values = readSubmittedValues(formData);
  const parsed = requestActionSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error, values);
  const action = parsed.data;
  const outcome = await perform(action, admin.accountId);
  if (!outcome.ok) return { status: "error", message: outcome.message, values };
  kickEmailDispatcher();
  revalidatePath("/admin");
  redirect(`/admin/requests/${action.reference}?done=${action.intent}`);
}

async function perform(action: RequestAction, actorAccountId: string) {
  const db = await database();
  const { reference } = action;
  switch (action.intent) {
    case "verify":
      return workflow.verifyRequest(db, { reference, actorAccountId, method: action.method });
    case "start":
      return workflow.startRequest(db, { reference, actorAccountId });
    case "extend":
      return workflow.extendRequest(db, { reference, actorAccountId, reason: action.reason });
    case "complete":
      return workflow.completeRequest(
        db,
        { reference, actorAccountId, message: action.message },
        { cipher: createSensitiveCipher(readSecrets().encryptionKeys), siteUrl: env.SITE_URL, policyVersion: getPolicyHistory(new Date()).current.version.id },
      );
    case "deny":
      return workflow.denyRequest(db, { reference, actorAccountId, reason: action.reason, contactPerson: action.contactPerson });
    case "note":
      return workflow.addInternalNote(db, { reference, actorAccountId, note: action.note });
    case "assign":
      return workflow.assignRequest(db, { reference, actorAccountId, assigneeAccountId: action.assignee || null });
  }
}
