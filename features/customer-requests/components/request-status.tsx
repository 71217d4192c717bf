import { buttonClass } from "@/components/ui/button-styles";
import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { dayIn, formatMoment } from "@/lib/dates";
import { AnnouncedOnArrival } from "@/components/ui/announced-on-arrival";
import { Notice } from "@/components/ui/notice";
import { REQUEST_EVENT_LABELS, REQUESTER_TYPE_LABELS } from "@/lib/requests/request-labels";
import type { CustomerRequestView } from "@/features/requests";
import { receivedDay } from "@/lib/requests/legal-deadlines";
import { env } from "@/server/env";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";

/**
 * One request as its requester sees it: where it stands, the date by which
 * they will be answered, its timeline (only the events meant for them) and,
 * once a copy is ready, its download.
 */
export function RequestStatus({ request, justSent = false, signedIn = true }: { request: CustomerRequestView; justSent?: boolean; signedIn?: boolean }) {
  const answerBy = request.extendedAnswerBy ?? request.answerBy;
  return (
    <>
      <p className="text-sm font-medium uppercase tracking-wide text-slate-700 dark:text-slate-300">{REQUESTER_TYPE_LABELS[request.type]}</p>
      <h1 className="type-title">
        Request <span className="font-mono">{request.reference}</span>
      </h1>
      {justSent ? (
        <AnnouncedOnArrival>
          <Notice title="We received your request">
            <p>
              Its reference is <strong className="font-mono">{request.reference}</strong>. We have emailed you a confirmation, and this page shows every
              step until it is answered.
            </p>
          </Notice>
        </AnnouncedOnArrival>
      ) : null}
      <dl className="mt-6 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Status</dt>
        <dd>
          <RequestStatusBadge status={request.status} />
        </dd>
        <dt className="font-semibold">Received</dt>
        <dd>
          <FormattedDate day={receivedDay(request.receivedAt, env.COMPANY_TIME_ZONE)} />
        </dd>
        {request.closedAt ? (
          <>
            <dt className="font-semibold">Answered</dt>
            <dd>
              <FormattedDate day={dayIn(env.COMPANY_TIME_ZONE, request.closedAt)} />
            </dd>
          </>
        ) : (
          <>
            <dt className="font-semibold">We will answer by</dt>
            <dd>
              <FormattedDate day={answerBy} />
              {request.extendedAnswerBy ? " (extended: see the timeline for why)" : null}
            </dd>
          </>
        )}
      </dl>
      {request.hasDownload ? (
        <p className="mt-6">
          <a className={buttonClass("primary")} href={`/account/requests/${request.reference}/download`} download>
            Download your copy (JSON)
          </a>
        </p>
      ) : null}
      <h2 className="mt-8 type-section">Timeline</h2>
      <ol className="mt-3 space-y-4 border-l-2 border-slate-300 pl-4 dark:border-slate-600">
        {request.events.map((event, index) => (
          <li key={index}>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              <time dateTime={event.occurredAt}>{formatMoment(event.occurredAt, env.COMPANY_TIME_ZONE)}</time> · {REQUEST_EVENT_LABELS[event.kind]}
            </p>
            <p className="whitespace-pre-line">{event.message}</p>
          </li>
        ))}
      </ol>
      {signedIn ? (
        <p className="mt-8">
          <Link className="underline" href="/account/requests">
            All your requests
          </Link>
        </p>
      ) : null}
    </>
  );
}
