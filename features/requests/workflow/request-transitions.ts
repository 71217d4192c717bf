import { formatDay } from "@/lib/dates";
import type { PrivacyRequestStatus, PrivacyRequestType } from "@/server/db/schema";
import { deadlinesFor, receivedDay } from "@/lib/requests/legal-deadlines";

/**
 * Which workflow step may follow which status, and why not when it may not,
 * in sentences the Privacy Administrator reads as they are. Identity comes
 * first: nothing is started, extended or completed before it is verified, so
 * "extended" always means verified too. Denial is possible at any open step
 * (an identity that cannot be verified is the usual reason).
 *
 * A minor's report is the exception: the reporter is a third party, and their
 * identity is no precondition for acting on a child's data (COPPA's aim is that
 * the child's information goes, whoever tells us). It has no verify step: it is
 * started or completed (erased) straight from "received".
 */
export type StatusChangingAction = "verify" | "start" | "extend" | "complete" | "deny";

const ALLOWED_FROM: Record<StatusChangingAction, readonly PrivacyRequestStatus[]> = {
  verify: ["received"],
  start: ["verified"],
  extend: ["verified", "in_progress"],
  complete: ["verified", "in_progress", "extended"],
  deny: ["received", "verified", "in_progress", "extended"],
};

const DONE: Record<StatusChangingAction, string> = { verify: "verified", start: "started", extend: "extended", complete: "completed", deny: "denied" };

const NEEDS_VERIFICATION: Record<Exclude<StatusChangingAction, "verify" | "deny">, string> = {
  start: "starting work on",
  extend: "extending",
  complete: "completing",
};

const NO_EXTENSION: Partial<Record<PrivacyRequestType, string>> = {
  california_privacy_rights: "A “Your California Privacy Rights” request cannot be extended: the law (Civil Code 1798.83) gives 30 days to answer it, with no extension.",
  minor_report: "A report about a minor’s data cannot be extended: we answer it as fast as we can.",
};

export interface TransitionSubject {
  type: PrivacyRequestType;
  status: PrivacyRequestStatus;
  receivedAt: string;
  answerBy: string;
  extendedAnswerBy: string | null;
}

const MINOR_REPORT_ALLOWED_FROM: Record<StatusChangingAction, readonly PrivacyRequestStatus[]> = {
  verify: [],
  // "verified" only for a report received before minor reports had no verify step.
  start: ["received", "verified"],
  extend: [],
  complete: ["received", "verified", "in_progress"],
  deny: ["received", "verified", "in_progress"],
};

/** Why `action` cannot be taken on the request today (YYYY-MM-DD), or null when it can. */
export function transitionRefusal(action: StatusChangingAction, request: TransitionSubject, today: string): string | null {
  const closed = closedRefusal(action, request.status);
  if (closed) return closed;
  if (request.type === "minor_report") return minorReportRefusal(action, request.status);
  if (action === "extend") {
    const refusal = extensionRefusal(request, today);
    if (refusal) return refusal;
  }
  if (ALLOWED_FROM[action].includes(request.status)) return null;
  if (action === "verify") return "The requester’s identity is already verified.";
  if (request.status === "received" && action !== "deny") return `Verify the requester’s identity before ${NEEDS_VERIFICATION[action]} this request.`;
  if (action === "start") return request.status === "in_progress" ? "Work on this request has already started." : "Work on this request is already under way: it was extended.";
  return `This request cannot be ${DONE[action]} now.`;
}

function minorReportRefusal(action: StatusChangingAction, status: PrivacyRequestStatus): string | null {
  if (MINOR_REPORT_ALLOWED_FROM[action].includes(status)) return null;
  if (action === "verify") return "A report about a minor’s data needs no identity check: act on the child’s data directly.";
  if (action === "extend") return NO_EXTENSION.minor_report!;
  if (action === "start") return "Work on this report has already started.";
  return `This report cannot be ${DONE[action]} now.`;
}

function closedRefusal(action: StatusChangingAction, status: PrivacyRequestStatus): string | null {
  if (status === "completed") return action === "complete" ? "This request is already completed." : `This request is already completed, so it cannot be ${DONE[action]}.`;
  if (status === "denied") return action === "deny" ? "This request was already denied." : `This request was denied, so it cannot be ${DONE[action]}.`;
  return null;
}

/** One extension, only where the law allows one, and only before the first deadline passes (11 CCR §7021(b)). */
function extensionRefusal(request: TransitionSubject, today: string): string | null {
  if (!mayBeExtended(request.type)) return NO_EXTENSION[request.type] ?? "This kind of request cannot be extended.";
  if (request.extendedAnswerBy) return `This request was already extended once, to ${formatDay(request.extendedAnswerBy)}; the law allows only one extension.`;
  if (today > request.answerBy) return `The answer was due on ${formatDay(request.answerBy)}: an extension can only be given before the first deadline passes.`;
  return null;
}

/** Whether the law allows this kind of request one extension at all (whatever the day it was received). */
function mayBeExtended(type: PrivacyRequestType): boolean {
  return deadlinesFor(type, "2000-01-03").extendedAnswerBy !== null;
}

/**
 * The latest answer day the one allowed extension gives, counted from the day
 * the request was received in the company's time zone `zone`, or null where
 * the law allows none.
 */
export function extendedAnswerDay(request: Pick<TransitionSubject, "type" | "receivedAt">, zone: string): string | null {
  return deadlinesFor(request.type, receivedDay(request.receivedAt, zone)).extendedAnswerBy;
}
