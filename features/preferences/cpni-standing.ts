import { dayIn, formatDay } from "@/lib/dates";
import type { CpniDecision } from "./cpni-approval";
import { CPNI_WAITING_DAYS } from "./cpni-approval";

/** The calendar day an instant falls on in the company's time zone (decision 0015), as words: a notice sent at 9 pm Eastern was sent that day. */
export function cpniDay(zone: string, instant: Date | string): string {
  return formatDay(dayIn(zone, instant));
}

/** The day from which opt-out approval may be assumed after an email sent at `sentAt`: 30 days after it (47 CFR 64.2008(d)(1)(i), cpni-approval.ts). */
export function emailedNoticeApprovalFrom(sentAt: Date): Date {
  return new Date(sentAt.getTime() + CPNI_WAITING_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * Where the customer's CPNI approval stands, in words, with every date a day in
 * the company's time zone. A hold is not explained: it may concern someone
 * else's report. `notices` are the newest first.
 */
export function describeCpniStanding(decision: CpniDecision, notices: readonly { sentAt: string; method: "email" | "post" }[], zone: string): string {
  const day = (instant: Date | string) => cpniDay(zone, instant);
  const last = notices[0];
  const sent = (notice: { sentAt: string; method: "email" | "post" }) => `We ${notice.method === "post" ? "posted" : "emailed"} this notice to you on ${day(notice.sentAt)}`;
  if (decision.allowed) {
    return decision.basis === "opt-in-approval" || !last
      ? "You said yes: we may use your CPNI for our communications-related offers until you turn it off."
      : `${sent(last)} and you have not said no, so we may use your CPNI for our communications-related offers until you turn it off.`;
  }
  switch (decision.reason) {
    case "withdrawn":
      return "You said no: we do not use your CPNI for offers.";
    case "no-notice":
      return last
        ? `We emailed you this notice on ${day(last.sentAt)}; it has not been delivered yet. We do not use your CPNI for offers until 30 days after it is, and not at all if you say no.`
        : "We have not sent you this notice yet. We do not use your CPNI for offers until 30 days after you have had it, and not at all if you say no.";
    case "waiting":
      return `${last ? sent(last) : "We sent you this notice"}. We do not use your CPNI for offers before ${day(decision.approvalFrom!)}, and not at all if you say no before or after.`;
    case "no-email-approval":
      return "We emailed you this notice before you allowed notices about your service by email, so it does not count: we will send it to you by post, and do not use your CPNI for offers until 30 days after the third day after we post it.";
    case "undeliverable":
      return "Our email with this notice could not be delivered. We will send it to you by post, and do not use your CPNI for offers until 30 days after the third day after we post it.";
    case "notice-expired":
      return "Our last notice to you is more than two years old: we do not use your CPNI for offers until we have sent it again and 30 days have passed.";
    default:
      return "We do not use your CPNI for offers at present.";
  }
}
