import Link from "next/link";
import { RELATIONS, relationLabels } from "@/features/minors";
import { childSummaryFields, MinorReportChildFields } from "@/features/minors/ui";
import { readRecordRequestForm } from "../intake-queries";
import { RecordRequestForm } from "./record-request-form";
import { RecordMinorReportForm } from "./record-request-minor-report-form";

export type RecordedKind = "request" | "minor_report";

/** `?type=minor_report` opens the minor's report form; anything else, the request form. */
export const recordedKindOf = (type: string | string[] | undefined): RecordedKind => (type === "minor_report" ? "minor_report" : "request");

const MINOR_FORM_ID_PREFIX = "intake-minor";

const KINDS: { kind: RecordedKind; href: string; label: string }[] = [
  { kind: "request", href: "/admin/requests/new", label: "A request: access, deletion, correction or California Privacy Rights" },
  { kind: "minor_report", href: "/admin/requests/new?type=minor_report", label: "A report about a minor’s data" },
];

/**
 * The console's page for a request or a minor's report that came by email or
 * post (the query checks the administrator's role). The first step is the
 * kind, chosen by a link, so each form shows only its own fields and the page
 * works without JavaScript.
 */
export async function RecordRequestPage({ kind }: { kind: RecordedKind }) {
  const form = await readRecordRequestForm();
  return (
    <>
      <h1 className="type-title">{kind === "minor_report" ? "Record a minor’s report received by email or post" : "Record a request received by email or post"}</h1>
      <p className="mt-2 max-w-prose">
        For a request or report that reached the Privacy Administrator at legal@phone.com or at the Livingston address. Once recorded it is
        worked like any other: the same steps, deadlines and audit log. The deadlines count from the day it was received.
      </p>
      <nav aria-labelledby="record-kind-heading" className="mt-6">
        <h2 id="record-kind-heading" className="type-section">
          What came in?
        </h2>
        <ul className="mt-2 space-y-1">
          {KINDS.map((choice) => (
            <li key={choice.kind}>
              {choice.kind === kind ? (
                <Link href={choice.href} aria-current="page" className="font-semibold">
                  {choice.label} (this form)
                </Link>
              ) : (
                <Link href={choice.href} className="underline">
                  {choice.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {kind === "minor_report" ? (
        <RecordMinorReportForm
          {...form}
          idPrefix={MINOR_FORM_ID_PREFIX}
          relations={RELATIONS.map((relation) => ({ value: relation, label: relationLabels[relation] }))}
          childFields={<MinorReportChildFields audience="staff" />}
          childSummaryFields={childSummaryFields((name) => `${MINOR_FORM_ID_PREFIX}-${name}`)}
        />
      ) : (
        <RecordRequestForm {...form} />
      )}
    </>
  );
}
