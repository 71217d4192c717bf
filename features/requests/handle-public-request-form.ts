import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { site } from "@/content/site";
import { describeWait } from "@/server/auth/attempt-throttle";
import { readClientAddress } from "@/server/auth/client-address";
import { database } from "@/server/db/database";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { deadlinesFor } from "./legal-deadlines";
import { describeInvalidInput, type PublicRequestState, readFormInput, readSubmittedValues } from "./public-request-state";
import { publicRequestsPerHour, publicRequestThrottle } from "./public-request-throttle";
import { generateReference } from "./reference";
import type { RequestSummary } from "./repository";
import { requestStatusPath, requestStatusUrl } from "./status-link";
import { findReplayedRequest, type PublicRequestPlan, type RequestLinks, submitPublicRequest, type SubmissionOutcome } from "./submit-public-request";

export interface PublicRequestControlsInput {
  idempotencyKey: string;
  website?: string;
}

export interface PublicRequestForm<Input extends PublicRequestControlsInput> {
  /** Names the form's own rate-limit count. */
  name: string;
  schema: z.ZodType<Input>;
  /** Turns the validated input into the request, its customer match and its acknowledgement. */
  plan: (input: Input, links: RequestLinks) => PublicRequestPlan;
}

const contact = site.privacyAdministrator;

/**
 * The one path every public request form takes: validate → honeypot → replay
 * of the same idempotency key → rate limit per client address → one
 * transaction (request, events, audit, email) → wake the outbox. A replay is
 * answered before the rate limit, so a double submit is never refused.
 */
export async function handlePublicRequestForm<Input extends PublicRequestControlsInput>(
  formData: FormData,
  form: PublicRequestForm<Input>,
): Promise<PublicRequestState> {
  const values = readSubmittedValues(formData);
  const parsed = form.schema.safeParse(readFormInput(formData));
  if (!parsed.success) return describeInvalidInput(parsed.error, values);
  const plan = form.plan(parsed.data, { statusUrl: requestStatusUrl });

  // A filled honeypot is a bot: it gets what a person would, and nothing is stored or counted.
  if (parsed.data.website?.trim()) return pretendReceived(plan);

  try {
    const db = await database();
    const replay = await findReplayedRequest(db, plan);
    if (replay) return stateOf(replay, plan, values);

    // Never unlimited: an address that cannot be told shares one count with every other such request.
    const address = readClientAddress(await headers());
    const throttle = await publicRequestThrottle(form.name);
    const wait = await throttle.retryAfterSeconds(address);
    if (wait > 0) {
      return {
        status: "error",
        message:
          `This form has already been sent ${publicRequestsPerHour()} times from your network in the last hour. ` +
          `To keep it working for everyone, please try again in ${describeWait(wait)}, or email the ${contact.title} at ${contact.email}.`,
        fieldErrors: {},
        values,
      };
    }

    const outcome = await submitPublicRequest(db, plan);
    if (outcome.kind === "created") {
      await throttle.recordAttempt(address);
      if (outcome.emailed) kickEmailDispatcher();
    }
    return stateOf(outcome, plan, values);
  } catch (error) {
    // Say why in the log without anything the person typed; tell them plainly that nothing was kept.
    console.error(`Public request (${form.name}) failed: ${error instanceof Error ? error.message : String(error)}`);
    return {
      status: "error",
      message: `We could not save this just now, and nothing was stored. Please try again in a few minutes, or email the ${contact.title} at ${contact.email}.`,
      fieldErrors: {},
      values,
    };
  }
}

function stateOf(outcome: SubmissionOutcome, plan: PublicRequestPlan, values: Record<string, string>): PublicRequestState {
  if (outcome.kind === "key-conflict") {
    return { status: "error", message: "This form has expired. Please reload the page and send it again.", fieldErrors: {}, values };
  }
  return received(outcome.request, plan);
}

function received(request: RequestSummary, plan: PublicRequestPlan): PublicRequestState {
  return {
    status: "received",
    reference: request.reference,
    receivedOn: request.receivedAt.slice(0, 10),
    answerBy: request.answerBy,
    statusPath: requestStatusPath(request.reference),
    acknowledgementEmailed: plan.acknowledgement(request) !== null,
  };
}

function pretendReceived(plan: PublicRequestPlan, now = new Date()): PublicRequestState {
  const receivedOn = now.toISOString().slice(0, 10);
  const deadlines = deadlinesFor(plan.draft.type, receivedOn);
  return received(
    {
      id: "",
      reference: generateReference(),
      type: plan.draft.type,
      status: "received",
      customerId: null,
      urgent: plan.draft.urgent,
      receivedAt: now.toISOString(),
      ...deadlines,
      extendedAnswerBy: null,
      closedAt: null,
    },
    plan,
  );
}
