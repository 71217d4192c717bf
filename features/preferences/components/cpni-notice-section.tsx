import Link from "next/link";
import { cpniNotice } from "@/content/choices";
import { formatDay } from "@/lib/dates";
import { policyHref } from "@/lib/policy-links";
import type { CpniDecision } from "../cpni-approval";
import type { CpniNoticeRecord } from "../cpni";

const day = (iso: string) => formatDay(iso.slice(0, 10));

/** Where the customer's CPNI approval stands, in words. A hold is not explained: it may concern someone else's report. */
function describeStatus(decision: CpniDecision, notices: readonly CpniNoticeRecord[]): string {
  const last = notices[0];
  if (decision.allowed) {
    return decision.basis === "opt-in-approval"
      ? "You said yes: we may use your CPNI for our communications-related offers until you turn it off."
      : `We sent you this notice on ${day(last!.sentAt)} and you have not said no, so we may use your CPNI for our communications-related offers until you turn it off.`;
  }
  switch (decision.reason) {
    case "withdrawn":
      return "You said no: we do not use your CPNI for offers.";
    case "no-notice":
      return last
        ? `We emailed you this notice on ${day(last.sentAt)}; it has not been delivered yet. We do not use your CPNI for offers until 30 days after it is, and not at all if you say no.`
        : "We have not sent you this notice yet. We do not use your CPNI for offers until 30 days after you have had it, and not at all if you say no.";
    case "waiting":
      return `We sent you this notice on ${day(last!.sentAt)}. We do not use your CPNI for offers before ${day(decision.approvalFrom!.toISOString())}, and not at all if you say no before or after.`;
    case "no-email-approval":
      return "We emailed you this notice before you allowed notices about your service by email, so it does not count: we will send it to you by post, and do not use your CPNI for offers until 30 days after it reaches you.";
    case "undeliverable":
      return "Our email with this notice could not be delivered. We will send it to you by post, and do not use your CPNI for offers until 30 days after it reaches you.";
    case "notice-expired":
      return "Our last notice to you is more than two years old: we do not use your CPNI for offers until we have sent it again and 30 days have passed.";
    default:
      return "We do not use your CPNI for offers at present.";
  }
}

/**
 * The CPNI notice of 47 CFR 64.2008(c), shown on "Your choices" as well as
 * emailed, with where the customer's approval stands and every notice sent.
 */
export function CpniNoticeSection({ notices, decision }: { notices: readonly CpniNoticeRecord[]; decision: CpniDecision }) {
  return (
    <section aria-labelledby="cpni-notice-heading" className="mt-8">
      <h2 id="cpni-notice-heading" className="text-xl font-semibold">
        {cpniNotice.title}
      </h2>
      <div className="mt-2 max-w-prose space-y-2">
        {cpniNotice.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <p className="mt-3 max-w-prose rounded border-l-4 border-sky-600 bg-sky-50 p-3 dark:bg-sky-950">
        <strong>Where you stand: </strong>
        {describeStatus(decision, notices)}
      </p>
      <p className="mt-2 max-w-prose text-sm">
        {notices.length === 0 ? "No notice sent yet." : `Notices we sent you: ${notices.map((notice) => `${day(notice.sentAt)} (${notice.method === "post" ? "by post" : "by email"})`).join(", ")}.`}{" "}
        <Link className="text-brand-700 underline dark:text-brand-300" href={`${policyHref}#${cpniNotice.policy.anchor}`}>
          Policy: {cpniNotice.policy.label}
        </Link>
      </p>
    </section>
  );
}
