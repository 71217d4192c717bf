import Link from "next/link";
import { noticeClass } from "@/components/ui/notice";
import { cpniNotice } from "@/content/choices";
import { env } from "@/server/env";
import { policyHref } from "@/lib/policy-links";
import type { CpniDecision } from "../cpni-approval";
import { cpniDay, describeCpniStanding } from "../cpni-standing";
import type { CpniNoticeRecord } from "../cpni";

/**
 * The CPNI notice of 47 CFR 64.2008(c), shown on "Your choices" as well as
 * emailed (its words: content/choices.ts, `cpniNotice`), with where the
 * customer's approval stands and every notice sent, dated in the company's
 * time zone. It sits under the CPNI choices it asks about (64.2008(c)(10)).
 */
export function CpniNoticeSection({ notices, decision }: { notices: readonly CpniNoticeRecord[]; decision: CpniDecision }) {
  return (
    <section aria-labelledby="cpni-notice-heading" className="mt-8">
      <h2 id="cpni-notice-heading" className="type-section">
        {cpniNotice.title}
      </h2>
      <div className="mt-2 max-w-prose space-y-2">
        {cpniNotice.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <p className={`mt-3 max-w-prose ${noticeClass("info")}`}>
        <strong>Where you stand: </strong>
        {describeCpniStanding(decision, notices, env.COMPANY_TIME_ZONE)}
      </p>
      <p className="mt-2 max-w-prose text-sm">
        {notices.length === 0 ? "No notice sent yet." : `Notices we sent you: ${notices.map((notice) => `${cpniDay(env.COMPANY_TIME_ZONE, notice.sentAt)} (${notice.method === "post" ? "by post" : "by email"})`).join(", ")}.`}{" "}
        <Link className="text-brand-700 underline dark:text-brand-300" href={`${policyHref}#${cpniNotice.policy.anchor}`}>
          Policy: {cpniNotice.policy.label}
        </Link>
      </p>
    </section>
  );
}
