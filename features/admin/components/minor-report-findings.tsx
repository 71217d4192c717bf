import Link from "next/link";
import { formatMoment } from "@/lib/dates";
import { env } from "@/server/env";
import { MINOR_ACCOUNT_ERASURE, type MinorReportFindings, type MinorReportState } from "@/features/requests";

const HOLD_ENDED: Record<NonNullable<MinorReportState["holdEndedBecause"]>, string> = {
  erased: "The hold ended: the matched data was erased.",
  mistaken: "The hold ended: the report was recorded as mistaken (the reason is on the timeline).",
  closed: "The hold ended when the report was completed.",
};

/**
 * A minor's report in the console: whether it holds the matched data, and
 * (only when asked for, an audited look) what it found, what erasing would do
 * and what must be kept, and why.
 */
export function MinorReportFindingsSection({ reference, state, findings }: { reference: string; state: MinorReportState; findings: MinorReportFindings | null }) {
  return (
    <section aria-labelledby="findings-heading" className="mt-10">
      <h2 id="findings-heading" className="type-section">What this report found</h2>
      <p className="mt-2 max-w-prose">
        {state.held
          ? "Held since the report was received: no data of a matched account is used for promotional email, shared with Advertisers, used for CPNI marketing or given advertising cookies, until it is erased or the report is recorded as mistaken. Denying the report does not end the hold."
          : HOLD_ENDED[state.holdEndedBecause ?? "closed"]}
      </p>
      {state.identifiersRemovedAt ? (
        <p className="mt-2 max-w-prose">The child’s details were removed from this report on {formatMoment(state.identifiersRemovedAt, env.COMPANY_TIME_ZONE, "medium")}, when its retention period ended.</p>
      ) : null}
      {findings === null ? (
        <p className="mt-2">
          It names customers’ accounts: open it only when this report needs it (every look is recorded in the audit log).{" "}
          <Link className="underline" href={`/admin/requests/${reference}?findings=show#findings-heading`}>Show what this report found</Link>
        </p>
      ) : (
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <p className="text-sm md:col-span-2">This view was recorded in the audit log.</p>
          <section aria-labelledby="matched-heading">
            <h3 id="matched-heading" className="type-subsection">Matched accounts</h3>
            {findings.accounts.length === 0 ? (
              <p className="mt-2">No customer account matched the details the child used.</p>
            ) : (
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {findings.accounts.map((account) => (
                  <li key={account.customerId}>
                    {account.email} ({account.fullName}), matched by {account.matchedBy.join(" and ")}
                    {account.open ? "" : ": its sign-in is closed"}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="holding-heading">
            <h3 id="holding-heading" className="type-subsection">Records holding the reported details</h3>
            {findings.records.length === 0 ? (
              <p className="mt-2">None.</p>
            ) : (
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {findings.records.map((record) => (
                  <li key={record.what}>
                    {record.what}: {record.erasable ? "erased with “only the records that hold the reported details”" : `kept. ${record.why ?? ""}`}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="account-erasure-heading">
            <h3 id="account-erasure-heading" className="type-subsection">Erasing a whole account</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {MINOR_ACCOUNT_ERASURE.erased.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="kept-heading">
            <h3 id="kept-heading" className="type-subsection">Always kept, and why</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {MINOR_ACCOUNT_ERASURE.kept.map((item) => (
                <li key={item.what}>
                  {item.what}. {item.why}
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </section>
  );
}
