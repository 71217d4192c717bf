import Link from "next/link";
import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";
import { FormattedDate } from "@/components/ui/formatted-date";
import { RecordCard, RecordCards } from "@/components/ui/record-cards";
import type { CustomerRequestListItem } from "@/features/requests";
import { dayIn } from "@/lib/dates";
import { receivedDay } from "@/lib/requests/legal-deadlines";
import { REQUESTER_TYPE_LABELS } from "@/lib/requests/request-labels";
import { env } from "@/server/env";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";

function ReferenceLink({ request }: { request: CustomerRequestListItem }) {
  return (
    <Link className="font-mono whitespace-nowrap underline" href={`/account/requests/${request.reference}`}>
      {request.reference}
    </Link>
  );
}

/** When it was answered, or the day it will be answered by. */
function Answer({ request }: { request: CustomerRequestListItem }) {
  return request.closedAt ? (
    <>
      Answered <FormattedDate day={dayIn(env.COMPANY_TIME_ZONE, request.closedAt)} />
    </>
  ) : (
    <>
      By <FormattedDate day={request.extendedAnswerBy ?? request.answerBy} />
    </>
  );
}

/**
 * The customer's own requests, newest first, each linking to its status page:
 * a table on wide screens, and on a phone a card per request with its status
 * and answer day first, so nothing hides off the right edge.
 */
export function RequestList({ requests }: { requests: readonly CustomerRequestListItem[] }) {
  if (requests.length === 0) return <p className="mt-3">You have not made a request yet.</p>;
  const received = (request: CustomerRequestListItem) => <FormattedDate day={receivedDay(request.receivedAt, env.COMPANY_TIME_ZONE)} />;
  return (
    <>
      <RecordCards label="Your requests, newest first" className="mt-3 md:hidden">
        {requests.map((request) => (
          <RecordCard
            key={request.reference}
            heading={<ReferenceLink request={request} />}
            fields={[
              { label: "Status", value: <RequestStatusBadge status={request.status} /> },
              { label: "Answer", value: <Answer request={request} /> },
              { label: "Request", value: REQUESTER_TYPE_LABELS[request.type] },
              { label: "Received", value: received(request) },
            ]}
          />
        ))}
      </RecordCards>
      <DataTable caption="Your requests, newest first" columns={["Reference", "Request", "Received", "Status", "Answer"]} scrollLabel="Your requests" className="mt-3 hidden md:block">
        {requests.map((request) => (
          <tr key={request.reference} className={tableRowClass}>
            <th scope="row" className="py-2 pr-4 font-medium">
              <ReferenceLink request={request} />
            </th>
            <td className={tableCellClass}>{REQUESTER_TYPE_LABELS[request.type]}</td>
            <td className={tableCellClass}>{received(request)}</td>
            <td className={tableCellClass}>
              <RequestStatusBadge status={request.status} />
            </td>
            <td className={tableCellClass}>
              <Answer request={request} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
