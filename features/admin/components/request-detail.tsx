import { FormattedDate } from "@/components/ui/formatted-date";
import { formatMoment } from "@/lib/dates";
import { env } from "@/server/env";
import { REQUEST_EVENT_LABELS, REQUEST_TYPE_LABELS } from "@/lib/requests/request-labels";
import type { RequestDetails } from "@/lib/requests/request-details";
import type { AdminRequestView } from "@/features/requests";
import { relationLabels } from "@/features/minors";
import { UrgentBadge } from "./urgent-badge";
import { readableDay } from "../request-guidance";
import { Badge } from "@/components/ui/badge";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";

const formatTime = (iso: string) => formatMoment(iso, env.COMPANY_TIME_ZONE, "medium");

/** Every field any type of request has. */
type DetailName = RequestDetails extends infer Details ? (Details extends unknown ? keyof Details : never) : never;

const detailLabels: Record<DetailName, string> = {
  reauthenticatedAt: "Password re-entered (fresh sign-in)",
  field: "Information concerned",
  fieldTitle: "Information concerned",
  requestedValue: "Requested value",
  correction: "What is wrong",
  note: "Requester’s note",
  answerChannel: "Wants the answer by",
  reporterPhone: "Reporter’s phone",
  relation: "Relation to the child",
  childAge: "The child’s age",
  childEmail: "Email address the child used",
  childPhone: "Phone number the child used",
  childAccountNumber: "Account number the child used",
  disclosed: "What was disclosed",
  anythingElse: "Anything else",
};

/** The words for the values a form stored as codes; free text is shown as typed. */
const valueLabels: Partial<Record<DetailName, Record<string, string>>> = {
  field: { date_of_birth: "Date of birth" },
  relation: relationLabels,
  answerChannel: { email: "Email", postal: "Postal mail" },
};

/** A detail as staff read it: a moment in company time, a day in words, a code by its label, a count with its unit. */
function readableDetail(name: DetailName, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = String(value);
  if (name === "reauthenticatedAt") return formatTime(text);
  if (name === "requestedValue") return readableDay(text);
  if (name === "childAge") return `${text} ${text === "1" ? "year" : "years"} old`;
  return valueLabels[name]?.[text] ?? text;
}

/** Who asked and what: every field exactly as submitted, rendered as text (never as HTML). */
export function RequestOverview({ request }: { request: AdminRequestView }) {
  const answerBy = request.extendedAnswerBy ?? request.answerBy;
  const postal = request.requesterPostal;
  const details = Object.entries(request.details).filter(([name]) => !(name === "field" && "fieldTitle" in request.details));
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="requester-heading">
        <h2 id="requester-heading" className="type-section">Requester</h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Name</dt>
          <dd>{request.requesterName}</dd>
          <dt className="font-semibold">Email</dt>
          <dd>{request.requesterEmail ?? "None given: answer by post"}</dd>
          {postal ? (
            <>
              <dt className="font-semibold">Postal address</dt>
              <dd>{[postal.streetAddress, postal.city, `${postal.state} ${postal.postalCode}`].filter(Boolean).join(", ")}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Customer account</dt>
          <dd>{request.customerId ? "Yes: this request concerns a customer’s records" : "No matching customer"}</dd>
          <dt className="font-semibold">Identity</dt>
          <dd>
            {request.type === "minor_report" && !request.verification ? (
              <>Not needed: a report about a child is acted on whoever sent it</>
            ) : request.verification ? (
              <>
                Verified {formatTime(request.verification.verifiedAt)}
                {request.verification.verifiedBy ? ` by ${request.verification.verifiedBy}` : ""}
              </>
            ) : (
              <strong>Not verified yet</strong>
            )}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="type-section">Status and deadlines</h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Status</dt>
          <dd>
            <RequestStatusBadge status={request.status} />
          </dd>
          <dt className="font-semibold">Received</dt>
          <dd>{formatTime(request.receivedAt)}</dd>
          <dt className="font-semibold">Acknowledge by</dt>
          <dd><FormattedDate day={request.acknowledgeBy} /></dd>
          <dt className="font-semibold">Answer by</dt>
          <dd>
            <FormattedDate day={answerBy} />
            {request.extendedAnswerBy ? " (extended)" : null}
          </dd>
          {request.closedAt ? (
            <>
              <dt className="font-semibold">Closed</dt>
              <dd>{formatTime(request.closedAt)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Assigned to</dt>
          <dd>{request.assignedTo?.email ?? "Nobody"}</dd>
        </dl>
      </section>
      {details.length > 0 ? (
        <section aria-labelledby="details-heading" className="md:col-span-2">
          <h2 id="details-heading" className="type-section">What was asked</h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {details.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="font-semibold">{detailLabels[name as DetailName] ?? name}</dt>
                <dd className="whitespace-pre-line">{readableDetail(name as DetailName, value)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}

/** Every event, the requester's and staff's alike; internal ones are marked. */
export function RequestTimeline({ events }: { events: AdminRequestView["events"] }) {
  return (
    <ol className="mt-3 space-y-4 border-l-2 border-slate-300 pl-4 dark:border-slate-600">
      {events.map((event, index) => (
        <li key={index}>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <time dateTime={event.occurredAt}>{formatTime(event.occurredAt)}</time> · {REQUEST_EVENT_LABELS[event.kind]}
            {event.actorEmail ? ` · ${event.actorEmail}` : null}
            {event.visibleToRequester ? null : <Badge>Staff only</Badge>}
          </p>
          <p className="whitespace-pre-line">{event.message}</p>
        </li>
      ))}
    </ol>
  );
}

export function RequestHeading({ request }: { request: AdminRequestView }) {
  return (
    <h1 className="type-title">
      {REQUEST_TYPE_LABELS[request.type]} <span className="whitespace-nowrap font-mono">{request.reference}</span>
      {request.urgent ? <UrgentBadge /> : null}
    </h1>
  );
}
