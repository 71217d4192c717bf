import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { CustomerRecords } from "@/features/admin/components/customer-records";
import { MinorReportFindingsSection } from "@/features/admin/components/minor-report-findings";
import { RequestActionForms } from "@/features/admin/components/request-action-forms";
import { RequestHeading, RequestOverview, RequestTimeline } from "@/features/admin/components/request-detail";
import { readRequestForAdmin } from "@/features/admin/queries";
import { normalizeReference } from "@/features/requests/reference";

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Request ${normalizeReference(reference) ?? ""}`.trim() };
}

/**
 * A request in the console: who asked and what, the timeline, and the steps
 * that move it on. The customer's records are shown only when asked for
 * (`?records=show`), and every showing is audited before it renders.
 */
export default async function AdminRequestPage({ params, searchParams }: Props) {
  const { request, inventory, cpni, administrators, doneMessage, actions, nextStep, suggestedVerification, completionHint, defaultContactPerson, minorReportState, findings } = await readRequestForAdmin(
    (await params).reference,
    await searchParams,
  );

  return (
    <>
      <RequestHeading request={request} />
      {doneMessage ? (
        <Notice title="Done">
          <p role="status">{doneMessage}</p>
        </Notice>
      ) : null}
      <div className="mt-6">
        <RequestOverview request={request} />
      </div>

      <RequestActionForms
        reference={request.reference}
        actions={actions}
        next={nextStep}
        suggestedVerification={suggestedVerification}
        administrators={administrators}
        assignedTo={request.assignedTo?.accountId ?? null}
        defaultContactPerson={defaultContactPerson}
        completionHint={completionHint}
        erasableAccounts={findings ? findings.accounts.filter((account) => account.open).map((account) => ({ customerId: account.customerId, label: `${account.email} (${account.fullName})` })) : null}
        findingsHref={`/admin/requests/${request.reference}?findings=show#findings-heading`}
      />

      {minorReportState ? <MinorReportFindingsSection reference={request.reference} state={minorReportState} findings={findings} /> : null}

      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="type-section">Timeline</h2>
        <RequestTimeline events={request.events} />
      </section>

      {request.customerId ? (
        <section aria-labelledby="records-heading" className="mt-10">
          <h2 id="records-heading" className="type-section">The customer’s records</h2>
          {inventory ? (
            <>
              <p className="mt-2 text-sm">This view was recorded in the audit log. Sensitive values are masked.</p>
              <div className="mt-4">
                <CustomerRecords inventory={inventory} cpni={cpni} />
              </div>
            </>
          ) : (
            <p className="mt-2">
              Open them only when this request needs it: every view is recorded in the audit log.{" "}
              <Link className="underline" href={`/admin/requests/${request.reference}?records=show#records-heading`}>Show the customer’s records</Link>
            </p>
          )}
        </section>
      ) : null}
    </>
  );
}
