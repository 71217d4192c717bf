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
 *   third day after it was mailed (64.2008(d)(1)(ii)). A customer who
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
}

export interface CpniFacts {
  /** Held by an open minor's report. */
  held: boolean;
  communicationsOffers: CpniChoiceFact;
  otherUses: CpniChoiceFact;
  /** Every CPNI notice sent to the customer (any order). */
  notices: readonly CpniNoticeFact[];
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
 * When the customer may be taken to have had this notice, so that the 30 days
 * start: an email's delivery (64.2008(d)(1)(i)), the third day after a
 * posting (64.2008(d)(1)(ii)); null when it does not count (undeliverable, or
 * not delivered yet).
 */
export function noticeReceivedFrom(notice: CpniNoticeFact): Date | null {
  if (notice.sentAt === null) return null;
  if (notice.method === "post") return new Date(notice.sentAt.getTime() + CPNI_POSTED_NOTICE_DAYS_IN_MAIL * DAY_MS);
  return notice.undeliverable ? null : notice.sentAt;
}

/** The day from which opt-out approval stands on the notices given, or null when none would ever (none had in the last two years). */
export function optOutApprovalFrom(notices: readonly CpniNoticeFact[], now: Date): Date | null {
  const since = yearsBefore(now, CPNI_NOTICE_YEARS).getTime();
  const standing = notices.map(noticeReceivedFrom).flatMap((received) => (received && received.getTime() >= since ? [received.getTime()] : []));
  if (standing.length === 0) return null;
  return new Date(Math.min(...standing) + CPNI_WAITING_DAYS * DAY_MS);
}

/** Why no notice stands: none had at all (none sent, one still in the outbox, or one returned and not posted), or only old ones. */
function missingNoticeReason(notices: readonly CpniNoticeFact[]): CpniRefusal {
  if (notices.some((notice) => noticeReceivedFrom(notice) !== null)) return "notice-expired";
  return notices.some((notice) => notice.undeliverable) ? "undeliverable" : "no-notice";
}

export function decideCpniUse(facts: CpniFacts, purpose: CpniPurpose, now: Date): CpniDecision {
  if (facts.held) return { allowed: false, reason: "held" };
  if (purpose === "other-marketing") {
    return facts.otherUses.explicit && facts.otherUses.value ? { allowed: true, basis: "opt-in-approval" } : { allowed: false, reason: "no-opt-in" };
  }
  const choice = facts.communicationsOffers;
  if (choice.explicit) return choice.value ? { allowed: true, basis: "opt-in-approval" } : { allowed: false, reason: "withdrawn" };
  // Opt-out approval: only on a notice the customer has had for 30 days, of the last two years.
  const from = optOutApprovalFrom(facts.notices, now);
  if (from === null) return { allowed: false, reason: missingNoticeReason(facts.notices) };
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
