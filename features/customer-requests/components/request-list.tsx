import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { REQUEST_STATUS_LABELS, REQUESTER_TYPE_LABELS } from "@/lib/requests/request-labels";
import type { CustomerRequestListItem } from "@/features/requests";
import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";

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
            <FormattedDate day={request.receivedAt.slice(0, 10)} />
          </td>
          <td className={tableCellClass}>{REQUEST_STATUS_LABELS[request.status]}</td>
          <td className={tableCellClass}>
            {request.closedAt ? (
              <>
                Answered <FormattedDate day={request.closedAt.slice(0, 10)} />
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
