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
 *   (64.2008(d)(2): the notice is renewed every two years). A customer who
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

export interface CpniFacts {
  /** Held by an open minor's report. */
  held: boolean;
  communicationsOffers: CpniChoiceFact;
  otherUses: CpniChoiceFact;
  /** When each CPNI notice was sent to the customer (any order). */
  noticesSentAt: readonly Date[];
}

export type CpniRefusal =
  | "held"
  /** The customer said no (opt-out), or withdrew a yes. */
  | "withdrawn"
  /** Opt-in needed, and the customer has not said yes. */
  | "no-opt-in"
  /** No notice sent yet: approval cannot be assumed. */
  | "no-notice"
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

/** The day from which opt-out approval stands on the notices given, or null when none would ever (none in the last two years). */
export function optOutApprovalFrom(noticesSentAt: readonly Date[], now: Date): Date | null {
  const since = yearsBefore(now, CPNI_NOTICE_YEARS).getTime();
  const standing = noticesSentAt.map((sent) => sent.getTime()).filter((sent) => sent >= since && sent <= now.getTime());
  if (standing.length === 0) return null;
  return new Date(Math.min(...standing) + CPNI_WAITING_DAYS * DAY_MS);
}

export function decideCpniUse(facts: CpniFacts, purpose: CpniPurpose, now: Date): CpniDecision {
  if (facts.held) return { allowed: false, reason: "held" };
  if (purpose === "other-marketing") {
    return facts.otherUses.explicit && facts.otherUses.value ? { allowed: true, basis: "opt-in-approval" } : { allowed: false, reason: "no-opt-in" };
  }
  const choice = facts.communicationsOffers;
  if (choice.explicit) return choice.value ? { allowed: true, basis: "opt-in-approval" } : { allowed: false, reason: "withdrawn" };
  // Opt-out approval: only on a notice the customer has had for 30 days, of the last two years.
  if (facts.noticesSentAt.length === 0) return { allowed: false, reason: "no-notice" };
  const from = optOutApprovalFrom(facts.noticesSentAt, now);
  if (from === null) return { allowed: false, reason: "notice-expired" };
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
