import { buttonClass } from "@/components/ui/button-styles";
import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { QueueRow } from "../queue-repository";
import { REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS } from "@/lib/requests/request-labels";
import type { QueueSearch } from "../queue-schemas";
import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";
import { RecordCard, RecordCards } from "@/components/ui/record-cards";
import { UrgentBadge } from "./urgent-badge";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";
import { filterInputClass } from "@/components/ui/form-fields";


/** Filters are a GET form, so they work without JavaScript and every view has an address. */
export function QueueFilters({ search }: { search: QueueSearch }) {
  return (
    <form method="get" className="my-6 flex flex-wrap items-end gap-4 card">
      <div className="flex flex-col">
        <label htmlFor="queue-type" className="text-sm font-medium">Type</label>
        <select id="queue-type" name="type" defaultValue={search.type ?? ""} className={filterInputClass}>
          <option value="">Any type</option>
          {Object.entries(REQUEST_TYPE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="queue-status" className="text-sm font-medium">Status</label>
        <select id="queue-status" name="status" defaultValue={search.status ?? "open"} className={filterInputClass}>
          <option value="open">Open</option>
          <option value="all">Any status</option>
          {Object.entries(REQUEST_STATUS_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="queue-due" className="text-sm font-medium">Due</label>
        <select id="queue-due" name="due" defaultValue={search.due ?? ""} className={filterInputClass}>
          <option value="">Any time</option>
          <option value="overdue">Overdue</option>
          <option value="week">Within 7 days</option>
        </select>
      </div>
      <button type="submit" className={buttonClass("primary")}>Filter</button>
    </form>
  );
}

function dueLabel(dueOn: string, today: string): string {
  if (dueOn < today) return "Overdue";
  if (dueOn === today) return "Due today";
  return "";
}

type QueueEntry = QueueRow & { receivedOn: string };

function ReferenceLink({ row }: { row: QueueEntry }) {
  return (
    <>
      <Link className="whitespace-nowrap font-mono underline" href={`/admin/requests/${row.reference}`}>{row.reference}</Link>
      {row.urgent ? <UrgentBadge /> : null}
    </>
  );
}

function AnswerBy({ row, today }: { row: QueueEntry; today: string }) {
  const due = dueLabel(row.dueOn, today);
  return (
    <span className="whitespace-nowrap">
      <FormattedDate day={row.dueOn} />
      {due ? <> <strong>{due}</strong></> : null}
    </span>
  );
}

/** On a phone: one card per request, with its status and answer-by day in view. */
function QueueCards({ rows, today }: { rows: QueueEntry[]; today: string }) {
  return (
    <RecordCards label="Requests and reports, most urgent first" className="my-6 md:hidden">
      {rows.map((row) => (
        <RecordCard
          key={row.id}
          heading={<ReferenceLink row={row} />}
          fields={[
            { label: "Status", value: <RequestStatusBadge status={row.status} /> },
            { label: "Answer by", value: <AnswerBy row={row} today={today} /> },
            { label: "Type", value: REQUEST_TYPE_LABELS[row.type] },
            { label: "Requester", value: row.requesterName },
            { label: "Received", value: <FormattedDate day={row.receivedOn} /> },
          ]}
        />
      ))}
    </RecordCards>
  );
}

export function QueueTable({ rows, today }: { rows: QueueEntry[]; today: string }) {
  if (rows.length === 0) return <p className="my-6">No request matches these filters.</p>;
  return (
    <>
      <QueueCards rows={rows} today={today} />
      <DataTable
        caption="Requests and reports, most urgent first"
        columns={["Reference", "Type", "Requester", "Received", "Answer by", "Status"]}
        small
        scrollLabel="Requests (scrolls sideways)"
        className="hidden md:block"
      >
        {rows.map((row) => (
          <tr key={row.id} className={tableRowClass}>
            <th scope="row" className={`${tableCellClass} font-medium`}>
              <ReferenceLink row={row} />
            </th>
            <td className={tableCellClass}>{REQUEST_TYPE_LABELS[row.type]}</td>
            <td className={tableCellClass}>{row.requesterName}</td>
            <td className={`${tableCellClass} whitespace-nowrap`}><FormattedDate day={row.receivedOn} /></td>
            <td className={tableCellClass}><AnswerBy row={row} today={today} /></td>
            <td className={tableCellClass}>
              <RequestStatusBadge status={row.status} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

export function NextPageLink({ search, nextCursor }: { search: QueueSearch; nextCursor: string | null }) {
  if (!nextCursor) return null;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, after: nextCursor })) if (value) params.set(key, value);
  return (
    <p className="mt-4">
      <Link className="underline" href={`/admin?${params.toString()}`}>Next page</Link>
    </p>
  );
}
