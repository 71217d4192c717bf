/**
 * The CPNI approval rule: may the company use this customer's CPNI for this
 * purpose now? Pure, so that it is tested on its own; ./cpni.ts gathers the
 * facts and every use asks through it (47 CFR 64.2009(a): the status of a
 * customer's CPNI approval is established before each use).
 *
 * - Communications-related marketing by Phone.com and its Affiliates needs
 *   opt-out or opt-in approval (64.2007(b)). Opt-out approval is assumed only
 *   after the customer has had the 64.2008(c) notice and 30 days have passed
 *   since it was sent (64.2008(d)(1)(i): an emailed notice's wait runs from
 *   the day it was sent), and only while a notice of the last two years stands
 *   (64.2008(d)(2): the notice is renewed every two years). Only a notice the
 *   customer had counts: an email counts once the mail server took it, and
 *   not at all when it came back undeliverable (64.2008(d)(3)(iii): it must
 *   then be sent in another form first); a notice sent by post counts from the
 *   third day after it was mailed (64.2008(d)(1)(ii)). An emailed notice
 *   counts only if the customer's express approval to receive notices by
 *   email was in force when it was sent (64.2008(d)(3)(i): "express,
 *   verifiable, prior approval ... to send notices via e-mail"); without it
 *   the notice must go by post. A customer who
 *   said yes themselves has given approval; one who said no has withdrawn it
 *   (64.2007(a)(2): it stands until they change it).
 * - Any other marketing use needs opt-in approval (64.2007(b)): the customer
 *   must have said yes.
 * - An open minor's report holds every use of the matched customer's data
 *   (features/minors), CPNI marketing included.
 */

export type CpniPurpose = "communications-marketing" | "other-marketing";

/** 64.2008(d)(1): "a 30-day minimum period" after the notice before approval is assumed. */
export const CPNI_WAITING_DAYS = 30;
/** 64.2008(d)(2): opt-out notices every two years. */
export const CPNI_NOTICE_YEARS = 2;
/** A renewal goes out this many days before the last notice is two years old, so its own wait ends first. */
export const CPNI_RENEW_AHEAD_DAYS = 45;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CpniChoiceFact {
  value: boolean;
  /** False while the choice still has its default (the customer never set it). */
  explicit: boolean;
}

/** One CPNI notice as the approval rule sees it. */
export interface CpniNoticeFact {
  method: "email" | "post";
  /**
   * Email: when the mail server took it (null while it waits in the outbox,
   * or when it was never delivered). Post: the day it was mailed.
   */
  sentAt: Date | null;
  /** An email that came back undeliverable, or that the mail server refused for good. */
  undeliverable: boolean;
  /** When the notice was recorded: the job queued the email, or the day it was posted. The two-year renewal counts from it. */
  recordedAt: Date;
}

/** One record of the customer's approval to receive notices by email (the choice "service-notices-by-email"): given (true) or withdrawn (false), and when. */
export interface EmailNoticeApprovalFact {
  value: boolean;
  at: Date;
}

export interface CpniFacts {
  /** Held by an open minor's report. */
  held: boolean;
  communicationsOffers: CpniChoiceFact;
  otherUses: CpniChoiceFact;
  /** Every CPNI notice sent to the customer (any order). */
  notices: readonly CpniNoticeFact[];
  /** Every record of the customer's approval to receive notices by email (any order); none means never given. */
  emailNoticeApprovals: readonly EmailNoticeApprovalFact[];
}

export type CpniRefusal =
  | "held"
  /** The customer said no (opt-out), or withdrew a yes. */
  | "withdrawn"
  /** Opt-in needed, and the customer has not said yes. */
  | "no-opt-in"
  /** No notice sent yet (or the email still waits in the outbox): approval cannot be assumed. */
  | "no-notice"
  /** The emailed notice came back undeliverable and none went by post since (64.2008(d)(3)(iii)). */
  | "undeliverable"
  /** The only notices were emailed while the customer had not approved notices by email (64.2008(d)(3)(i)); none went by post. */
  | "no-email-approval"
  /** A notice was sent less than 30 days ago. */
  | "waiting"
  /** The last notice is more than two years old and was not renewed. */
  | "notice-expired";

export type CpniDecision =
  | { allowed: true; basis: "opt-out-approval" | "opt-in-approval" }
  | { allowed: false; reason: CpniRefusal; /** For "waiting": when approval may be assumed. */ approvalFrom?: Date };

function yearsBefore(moment: Date, years: number): Date {
  const earlier = new Date(moment);
  earlier.setUTCFullYear(earlier.getUTCFullYear() - years);
  return earlier;
}

/** 64.2008(d)(1)(ii): a mailed notice's wait begins "on the third day following the date that the notification was mailed". */
export const CPNI_POSTED_NOTICE_DAYS_IN_MAIL = 3;

/**
 * Whether the customer's approval to receive notices by email was in force at
 * that moment: their latest record made by then says yes. Never given is no
 * (64.2008(d)(3)(i): the approval must be express and prior).
 */
export function emailNoticesApprovedAt(approvals: readonly EmailNoticeApprovalFact[], at: Date): boolean {
  let latest: EmailNoticeApprovalFact | undefined;
  for (const approval of approvals) {
    if (approval.at.getTime() <= at.getTime() && (!latest || approval.at.getTime() >= latest.at.getTime())) latest = approval;
  }
  return latest?.value ?? false;
}

/**
 * When the customer may be taken to have had this notice, so that the 30 days
 * start: an email's delivery (64.2008(d)(1)(i)), if they had approved notices
 * by email then (64.2008(d)(3)(i)); the third day after a posting
 * (64.2008(d)(1)(ii)); null when it does not count (undeliverable, not
 * delivered yet, or emailed without approval).
 */
export function noticeReceivedFrom(notice: CpniNoticeFact, approvals: readonly EmailNoticeApprovalFact[]): Date | null {
  if (notice.sentAt === null) return null;
  if (notice.method === "post") return new Date(notice.sentAt.getTime() + CPNI_POSTED_NOTICE_DAYS_IN_MAIL * DAY_MS);
  return notice.undeliverable || !emailNoticesApprovedAt(approvals, notice.sentAt) ? null : notice.sentAt;
}

/** The day from which opt-out approval stands on the notices given, or null when none would ever (none had in the last two years). */
export function optOutApprovalFrom(facts: Pick<CpniFacts, "notices" | "emailNoticeApprovals">, now: Date): Date | null {
  const since = yearsBefore(now, CPNI_NOTICE_YEARS).getTime();
  const standing = facts.notices
    .map((notice) => noticeReceivedFrom(notice, facts.emailNoticeApprovals))
    .flatMap((received) => (received && received.getTime() >= since ? [received.getTime()] : []));
  if (standing.length === 0) return null;
  return new Date(Math.min(...standing) + CPNI_WAITING_DAYS * DAY_MS);
}

/** Why no notice stands: only old ones; one returned and not posted; only emails sent without approval; or none had at all (none sent, or one still in the outbox). */
function missingNoticeReason(facts: CpniFacts): CpniRefusal {
  const { notices, emailNoticeApprovals } = facts;
  if (notices.some((notice) => noticeReceivedFrom(notice, emailNoticeApprovals) !== null)) return "notice-expired";
  if (notices.some((notice) => notice.undeliverable)) return "undeliverable";
  const emailedWithoutApproval = (notice: CpniNoticeFact) => notice.method === "email" && notice.sentAt !== null && !emailNoticesApprovedAt(emailNoticeApprovals, notice.sentAt);
  return notices.some(emailedWithoutApproval) ? "no-email-approval" : "no-notice";
}

export function decideCpniUse(facts: CpniFacts, purpose: CpniPurpose, now: Date): CpniDecision {
  if (facts.held) return { allowed: false, reason: "held" };
  if (purpose === "other-marketing") {
    return facts.otherUses.explicit && facts.otherUses.value ? { allowed: true, basis: "opt-in-approval" } : { allowed: false, reason: "no-opt-in" };
  }
  const choice = facts.communicationsOffers;
  if (choice.explicit) return choice.value ? { allowed: true, basis: "opt-in-approval" } : { allowed: false, reason: "withdrawn" };
  // Opt-out approval: only on a notice the customer has had for 30 days, of the last two years.
  const from = optOutApprovalFrom(facts, now);
  if (from === null) return { allowed: false, reason: missingNoticeReason(facts) };
  if (from.getTime() > now.getTime()) return { allowed: false, reason: "waiting", approvalFrom: from };
  return { allowed: true, basis: "opt-out-approval" };
}

/** Whether the customer is due a CPNI notice: never sent one, or the last is nearly two years old (64.2008(d)(2)). */
export function isCpniNoticeDue(noticesSentAt: readonly Date[], now: Date): boolean {
  if (noticesSentAt.length === 0) return true;
  const latest = Math.max(...noticesSentAt.map((sent) => sent.getTime()));
  const renewBy = yearsBefore(now, CPNI_NOTICE_YEARS).getTime() + CPNI_RENEW_AHEAD_DAYS * DAY_MS;
  return latest <= renewBy;
}

/**
 * Whether a notice covers the customer, or will once it arrives: a posted one;
 * an email that did not come back, sent (or, still in the outbox, queued)
 * while the customer approved notices by email.
 */
function noticeCovers(notice: CpniNoticeFact, approvals: readonly EmailNoticeApprovalFact[], now: Date): boolean {
  if (notice.method === "post") return true;
  return !notice.undeliverable && emailNoticesApprovedAt(approvals, notice.sentAt ?? now);
}

/**
 * Which CPNI notice the customer needs now (64.2008(d)(2): a first one, or the
 * two-year renewal), and how it must go:
 * - "email": they approved notices by email (64.2008(d)(3)(i)); the job sends it.
 * - "post": they did not approve notices by email, or the last email came back
 *   undeliverable (64.2008(d)(3)(iii)): the Privacy Administrator posts it.
 * - "none": a notice that covers them stands (or waits in the outbox).
 * An email that came back keeps the job from emailing that address again until
 * the renewal is due; one sent without approval never counts.
 */
export function cpniNoticeNeeded(facts: Pick<CpniFacts, "notices" | "emailNoticeApprovals">, now: Date): "none" | "email" | "post" {
  const covering = facts.notices.filter((notice) => noticeCovers(notice, facts.emailNoticeApprovals, now));
  if (!isCpniNoticeDue(covering.map((notice) => notice.recordedAt), now)) return "none";
  const returned = facts.notices.filter((notice) => notice.undeliverable);
  const mayEmail = emailNoticesApprovedAt(facts.emailNoticeApprovals, now) && isCpniNoticeDue([...covering, ...returned].map((notice) => notice.recordedAt), now);
  return mayEmail ? "email" : "post";
}
