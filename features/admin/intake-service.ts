import "server-only";
import { linkLines } from "@/lib/email-text";
import type { Kysely, Transaction } from "kysely";
import { describeAdministratorContact } from "@/lib/administrator-contact";
import { dayIn, formatDay, startOfDayIn } from "@/lib/dates";
import { addCalendarDays } from "@/lib/requests/legal-deadlines";
import type { TypedRequestDetails } from "@/lib/requests/request-details";
import { type CustomerMatch, findReplayedRequest, type PublicRequestPlan, type RequestSummary, requestLinks, type SubmissionOutcome, submitPublicRequest } from "@/features/requests";
import { type OpenSensitive, planMinorReport } from "@/features/minors";
import type { Database } from "@/server/db/schema";
import { env } from "@/server/env";
import type { IntakeMinorReportInput } from "./intake-minor-report-schema";
import { type IntakeChannel, type IntakeInput, type IntakeRequestType, OLDEST_RECEIPT_DAYS } from "./intake-schemas";

/**
 * A request that came by email or by post, recorded by the Privacy
 * Administrator. It is then a request like any other: the same table, the
 * same workflow, clocks, queue, metrics and audit log (submitPublicRequest).
 * What differs:
 * - the clocks run from the day it was RECEIVED, in the company's time zone,
 *   not from the day it was entered (11 CCR §7021(b): "the 45-day period will
 *   begin on the day that the business receives the request"). A day with no
 *   time is dated at its first instant in that zone (lib/dates startOfDayIn);
 * - it is the requester's request, made without an account: it never shows on
 *   a customer's own pages (requested_by stays null). The administrator is
 *   named in the audit log and as the one who recorded it;
 * - the confirmation §7021(a) asks for "may be given in the same manner in
 *   which the request was received": by email when there is an address, else
 *   the timeline tells staff to send a letter by the acknowledge-by day.
 *
 * A minor's report that came by email or post is the minors feature's own plan
 * (planMinorReport: the same matching of the child's identifiers, recorded in
 * minor_report_matches so the hold starts on receipt), recorded the same way.
 */

export interface RecordingAdministrator {
  accountId: string;
}

const typeWords: Record<IntakeRequestType, { asked: string; subject: string }> = {
  access: { asked: "a copy of your personal information", subject: "We received your request for a copy of your information" },
  deletion: { asked: "the deletion of your personal information", subject: "We received your deletion request" },
  correction: { asked: "the correction of your personal information", subject: "We received your correction request" },
  california_privacy_rights: { asked: "information under Your California Privacy Rights (Civil Code 1798.83)", subject: 'We received your "Your California Privacy Rights" request' },
};

const channelWords = { email: "by email", post: "by post" } as const;

/** Whether the receipt day is one the form takes: not after today, not more than a year back (both in the company's zone). */
export function receiptDayProblem(receivedOn: string, now: Date, zone = env.COMPANY_TIME_ZONE): string | null {
  const today = dayIn(zone, now);
  if (receivedOn > today) return `The date received cannot be in the future (today is ${formatDay(today)} in the company's time zone).`;
  const oldest = addCalendarDays(today, -OLDEST_RECEIPT_DAYS);
  if (receivedOn < oldest) return `The date received is more than a year ago (before ${formatDay(oldest)}). Check the date on the letter or email.`;
  return null;
}

function typedDetailsOf(input: IntakeInput): TypedRequestDetails {
  switch (input.type) {
    case "access":
    case "deletion":
      return { type: input.type, details: {} };
    case "correction":
      return { type: "correction", details: { field: "as_written", fieldTitle: `As written in the request received ${channelWords[input.channel]}`, correction: input.asked } };
    case "california_privacy_rights":
      return { type: "california_privacy_rights", details: { answerChannel: input.answerChannel ?? (input.requesterEmail ? "email" : "postal") } };
  }
}

/** The customer an access, correction or deletion request by email may concern: the one account with the address it came from. Not linked otherwise. */
async function matchRequester(trx: Transaction<Database>, input: IntakeInput): Promise<CustomerMatch> {
  const notes: string[] = [];
  let customerId: string | null = null;
  if (input.type !== "california_privacy_rights" && input.requesterEmail) {
    const found = await trx
      .selectFrom("accounts")
      .innerJoin("customers", "customers.accountId", "accounts.id")
      .select("customers.accountId")
      .where("accounts.email", "=", input.requesterEmail.toLowerCase())
      .execute();
    if (found.length === 1) {
      customerId = found[0]!.accountId;
      notes.push(`The email address given is the sign-in address of customer account ${customerId}. Verify the requester's identity before acting on it.`);
    } else {
      notes.push("No customer account has the email address given; find the customer, if any, by the details in the request.");
    }
  }
  return { customerId, notes, auditDetails: { matchedCustomer: customerId !== null } };
}

export function recordedRequestAcknowledgement(input: IntakeInput, request: RequestSummary, statusUrl: string): string {
  return [
    `We received your request ${channelWords[input.channel]} on ${formatDay(input.receivedOn)}: you asked for ${typeWords[input.type].asked}. Your reference is ${request.reference}.`,
    "",
    `We will answer by ${formatDay(request.answerBy)}.` +
      (input.type === "california_privacy_rights" ? "" : " We first confirm that you are the person the information is about. If we need more time, which the law allows once, we will tell you why before that date."),
    "",
    linkLines("Follow your request:", statusUrl),
    "",
    describeAdministratorContact(),
    "",
  ].join("\n");
}

/** How and when a recorded request or report arrived, and what staff noted. */
interface Arrival {
  channel: IntakeChannel;
  receivedOn: string;
  enclosures: string | null;
  /** What they asked, as staff wrote it; null for a minor's report, whose fields are its details (cleared by its retention job, decision 0012). */
  asked: string | null;
  requesterEmail: string | null;
}

const postalOf = (input: { streetAddress: string | null; city: string | null; state: string | null; postalCode: string | null }) =>
  input.city && input.state && input.postalCode ? { streetAddress: input.streetAddress, city: input.city, state: input.state, postalCode: input.postalCode } : null;

/**
 * A plan made the way the public forms make it, as recorded by staff: dated
 * from its receipt, with the channel and who recorded it, the administrator as
 * the audit entry's actor, and a first note saying how it came and what to do.
 */
function asRecorded(plan: PublicRequestPlan, arrival: Arrival, administrator: RecordingAdministrator): PublicRequestPlan {
  const matchCustomer = plan.matchCustomer ?? (async (): Promise<CustomerMatch> => ({ customerId: null, notes: [], auditDetails: {} }));
  return {
    ...plan,
    draft: {
      ...plan.draft,
      intake: { channel: arrival.channel, recordedByAccountId: administrator.accountId, asked: arrival.asked, enclosures: arrival.enclosures },
    },
    auditAction: "record_received_request",
    actor: { accountId: administrator.accountId, role: "admin" },
    receivedAt: startOfDayIn(env.COMPANY_TIME_ZONE, arrival.receivedOn),
    matchCustomer: async (trx) => {
      const match = await matchCustomer(trx);
      const recorded = [
        `Recorded from a ${plan.draft.type === "minor_report" ? "report" : "request"} received ${channelWords[arrival.channel]} on ${formatDay(arrival.receivedOn)}; the deadlines count from that day.`,
        arrival.asked === null ? "" : `What they asked: ${arrival.asked}`,
        arrival.enclosures ? `Enclosed: ${arrival.enclosures}` : "Nothing enclosed was noted.",
      ];
      if (!arrival.requesterEmail) recorded.push("No email address was given: send the confirmation of receipt by post before the acknowledge-by day (11 CCR §7021(a)).");
      return {
        ...match,
        notes: [recorded.filter(Boolean).join("\n"), ...match.notes],
        auditDetails: { ...match.auditDetails, channel: arrival.channel, receivedOn: arrival.receivedOn, enclosuresNoted: arrival.enclosures !== null },
      };
    },
  };
}

/** The request as the engine takes it, dated from its receipt. */
export function planRecordedRequest(input: IntakeInput, administrator: RecordingAdministrator, siteUrl: string): PublicRequestPlan {
  const links = requestLinks(siteUrl);
  const plan: PublicRequestPlan = {
    draft: {
      ...typedDetailsOf(input),
      idempotencyKey: input.idempotencyKey,
      requesterName: input.requesterName,
      requesterEmail: input.requesterEmail,
      requesterPostal: postalOf(input),
      urgent: false,
      receivedMessage: `We received your request ${channelWords[input.channel]} on ${formatDay(input.receivedOn)}.`,
    },
    auditAction: "record_received_request",
    matchCustomer: (trx) => matchRequester(trx, input),
    acknowledgement: (request) =>
      input.requesterEmail
        ? { to: input.requesterEmail, subject: `${typeWords[input.type].subject} (${request.reference})`, text: recordedRequestAcknowledgement(input, request, links.statusUrl(request.reference)) }
        : null,
  };
  return asRecorded(plan, input, administrator);
}

/**
 * A minor's report that came by email or post: the minors feature's plan (the
 * same matching of the child's identifiers and the hold from receipt, the same
 * acknowledgement when there is an email address), recorded and dated from
 * its receipt. The reporter's postal address, when a letter gave one, is kept
 * to answer by post.
 */
export function planRecordedMinorReport(input: IntakeMinorReportInput, administrator: RecordingAdministrator, siteUrl: string, openSensitive: OpenSensitive, now: Date): PublicRequestPlan {
  const plan = planMinorReport(input, openSensitive, requestLinks(siteUrl), now);
  const withArrival: PublicRequestPlan = {
    ...plan,
    draft: {
      ...plan.draft,
      requesterPostal: postalOf(input),
      receivedMessage: `We received your report about a child's personal information ${channelWords[input.channel]} on ${formatDay(input.receivedOn)}.`,
    },
  };
  return asRecorded(withArrival, { ...input, asked: null, requesterEmail: input.reporterEmail }, administrator);
}

export type RecordOutcome = SubmissionOutcome | { kind: "bad-day"; message: string };

/**
 * Records the request in one transaction (request, received event, staff
 * notes, audit entry, acknowledgement). The same form sent twice (the same
 * idempotency key and the same answers) answers with the request it made.
 */
export async function recordReceivedRequest(
  db: Kysely<Database>,
  administrator: RecordingAdministrator,
  input: IntakeInput,
  context: { siteUrl: string; now: Date },
): Promise<RecordOutcome> {
  return recordOnce(db, planRecordedRequest(input, administrator, context.siteUrl), input.receivedOn, context.now);
}

/** The same for a minor's report: one transaction records it, matches the child's identifiers and starts the hold. */
export async function recordReceivedMinorReport(
  db: Kysely<Database>,
  administrator: RecordingAdministrator,
  input: IntakeMinorReportInput,
  context: { siteUrl: string; now: Date; openSensitive: OpenSensitive },
): Promise<RecordOutcome> {
  return recordOnce(db, planRecordedMinorReport(input, administrator, context.siteUrl, context.openSensitive, context.now), input.receivedOn, context.now);
}

async function recordOnce(db: Kysely<Database>, plan: PublicRequestPlan, receivedOn: string, now: Date): Promise<RecordOutcome> {
  const replay = await findReplayedRequest(db, plan);
  if (replay) return replay;
  const problem = receiptDayProblem(receivedOn, now);
  if (problem) return { kind: "bad-day", message: problem };
  return submitPublicRequest(db, plan, now);
}
