import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { REQUEST_STATUS_LABELS, REQUESTER_TYPE_LABELS } from "@/lib/requests/request-labels";
import type { CustomerRequestListItem } from "@/features/requests";
import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";
import { dayIn } from "@/lib/dates";
import { receivedDay } from "@/lib/requests/legal-deadlines";
import { env } from "@/server/env";

/** The customer's own requests, newest first, each linking to its status page. */
export function RequestList({ requests }: { requests: readonly CustomerRequestListItem[] }) {
  if (requests.length === 0) return <p className="mt-3">You have not made a request yet.</p>;
  return (
    <DataTable caption="Your requests, newest first" columns={["Reference", "Request", "Received", "Status", "Answer"]} scrollLabel="Your requests" className="mt-3">
      {requests.map((request) => (
        <tr key={request.reference} className={tableRowClass}>
          <th scope="row" className="py-2 pr-4 font-mono font-medium">
            <Link className="underline" href={`/account/requests/${request.reference}`}>
              {request.reference}
            </Link>
          </th>
          <td className={tableCellClass}>{REQUESTER_TYPE_LABELS[request.type]}</td>
          <td className={tableCellClass}>
            <FormattedDate day={receivedDay(request.receivedAt, env.COMPANY_TIME_ZONE)} />
          </td>
          <td className={tableCellClass}>{REQUEST_STATUS_LABELS[request.status]}</td>
          <td className={tableCellClass}>
            {request.closedAt ? (
              <>
                Answered <FormattedDate day={dayIn(env.COMPANY_TIME_ZONE, request.closedAt)} />
              </>
            ) : (
              <>
                By <FormattedDate day={request.extendedAnswerBy ?? request.answerBy} />
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
