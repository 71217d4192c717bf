import "server-only";
import { site } from "@/content/site";
import type { FormState } from "@/lib/forms/form-state";
import { describeWait } from "@/server/auth/attempt-throttle";
import type { EntryContext } from "@/server/boundary";
// The refusal alone: the engine is also used outside a request (the demo seed), where the session module is not loaded.
import { refuse } from "@/server/boundary/refusal";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { env } from "@/server/env";
import { logger } from "@/server/log/logger.mjs";
import { deadlinesForReceipt, receivedDay } from "@/lib/requests/legal-deadlines";
import { publicRequestsPerHour, publicRequestThrottle } from "./public-request-throttle";
import type { ReceivedRequest } from "./received-request";
import { generateReference } from "./reference";
import type { RequestSummary } from "./repository";
import { requestLinks, requestStatusPath } from "./status-link";
import { findReplayedRequest, type PublicRequestPlan, type RequestLinks, submitPublicRequest, type SubmissionOutcome } from "./submit-public-request";

export interface PublicRequestControlsInput {
  idempotencyKey: string;
  website?: string;
}

export interface PublicRequestForm<Input extends PublicRequestControlsInput> {
  /** Names the form's own rate-limit count. */
  name: string;
  /** Turns the validated input into the request, its customer match and its acknowledgement. */
  plan: (input: Input, links: RequestLinks, context: EntryContext) => PublicRequestPlan;
}

const contact = site.privacyAdministrator;

const EXPIRED = "This form has expired. Please reload the page and send it again.";

/**
 * The work of every public request form, as the `run` of its public
 * `formAction` (which has already checked the input against the form's strict
 * schema): honeypot → replay of the same idempotency key → rate limit per
 * client address → one transaction (request, events, audit, email) → wake the
 * outbox. A replay is answered before the rate limit, so a double submit is
 * never refused.
 *
 *   export const submitMinorReportAction = formAction({ access: "public", schema, run: receivePublicRequest({ name, plan }) });
 */
export function receivePublicRequest<Input extends PublicRequestControlsInput>(form: PublicRequestForm<Input>) {
  return async (input: Input, context: EntryContext): Promise<FormState<ReceivedRequest>> => {
    const plan = form.plan(input, requestLinks(context.siteUrl), context);

    // A filled honeypot is a bot: it gets what a person would, and nothing is stored or counted.
    if (input.website?.trim()) return received(pretendStored(plan, context.now), plan);

    const outcome = await keepingNothingOnFault(form.name, () => submitOnce(form.name, plan, context));
    if (outcome.kind === "throttled") {
      refuse(
        `This form has already been sent ${publicRequestsPerHour()} times from your network in the last hour. ` +
          `To keep it working for everyone, please try again in ${describeWait(outcome.wait)}, or email the ${contact.title} at ${contact.email}.`,
      );
    }
    if (outcome.kind === "key-conflict") refuse(EXPIRED);
    return received(outcome.request, plan);
  };
}

type Outcome = SubmissionOutcome | { kind: "throttled"; wait: number };

async function submitOnce(formName: string, plan: PublicRequestPlan, context: EntryContext): Promise<Outcome> {
  const replay = await findReplayedRequest(context.db, plan);
  if (replay) return replay;

  // Never unlimited: an address that cannot be told shares one count with every other such request.
  const address = await context.clientAddress();
  const throttle = await publicRequestThrottle(formName);
  const wait = await throttle.retryAfterSeconds(address);
  if (wait > 0) return { kind: "throttled", wait };

  const outcome = await submitPublicRequest(context.db, plan, context.now);
  if (outcome.kind === "created") {
    await throttle.recordAttempt(address);
    if (outcome.emailed) kickEmailDispatcher();
  }
  return outcome;
}

/** A fault (the database is away …) is told plainly: nothing was kept, with what was typed given back. */
async function keepingNothingOnFault<T>(formName: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Say why in the log without anything the person typed.
    logger().error(`Public request (${formName}) failed: ${error instanceof Error ? error.message : String(error)}`);
    refuse(`We could not save this just now, and nothing was stored. Please try again in a few minutes, or email the ${contact.title} at ${contact.email}.`);
  }
}

function received(request: RequestSummary, plan: PublicRequestPlan): FormState<ReceivedRequest> {
  return {
    status: "success",
    result: {
      reference: request.reference,
      receivedOn: receivedDay(request.receivedAt, env.COMPANY_TIME_ZONE),
      answerBy: request.answerBy,
      statusPath: requestStatusPath(request.reference),
      acknowledgementEmailed: plan.acknowledgement(request) !== null,
    },
  };
}

/** What a stored request would have looked like, for a bot. */
function pretendStored(plan: PublicRequestPlan, now: Date): RequestSummary {
  return {
    id: "",
    reference: generateReference(),
    type: plan.draft.type,
    status: "received",
    customerId: null,
    urgent: plan.draft.urgent,
    receivedAt: now.toISOString(),
    ...deadlinesForReceipt(plan.draft.type, now, env.COMPANY_TIME_ZONE),
    extendedAnswerBy: null,
    closedAt: null,
  };
}
