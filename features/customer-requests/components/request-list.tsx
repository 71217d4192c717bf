import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { REQUEST_STATUS_LABELS, REQUESTER_TYPE_LABELS } from "@/lib/requests/request-labels";
import type { CustomerRequestListItem } from "@/features/requests";

/** The customer's own requests, newest first, each linking to its status page. */
export function RequestList({ requests }: { requests: readonly CustomerRequestListItem[] }) {
  if (requests.length === 0) return <p className="mt-3">You have not made a request yet.</p>;
  return (
    <div role="group" aria-label="Your requests" tabIndex={0} className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Your requests, newest first</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">Reference</th>
            <th scope="col" className="py-2 pr-4">Request</th>
            <th scope="col" className="py-2 pr-4">Received</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">Answer</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.reference} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-2 pr-4 font-mono font-medium">
                <Link className="underline" href={`/account/requests/${request.reference}`}>
                  {request.reference}
                </Link>
              </th>
              <td className="py-2 pr-4">{REQUESTER_TYPE_LABELS[request.type]}</td>
              <td className="py-2 pr-4">
                <FormattedDate day={request.receivedAt.slice(0, 10)} />
              </td>
              <td className="py-2 pr-4">{REQUEST_STATUS_LABELS[request.status]}</td>
              <td className="py-2 pr-4">
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
        </tbody>
      </table>
    </div>
  );
}
