import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { QueueRow } from "../queue-repository";
import { REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS } from "@/lib/requests/request-labels";
import type { QueueSearch } from "../queue-schemas";
import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";

const selectClass = "mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-800";

/** Filters are a GET form, so they work without JavaScript and every view has an address. */
export function QueueFilters({ search }: { search: QueueSearch }) {
  return (
    <form method="get" className="my-6 flex flex-wrap items-end gap-4 rounded border border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-col">
        <label htmlFor="queue-type" className="text-sm font-medium">Type</label>
        <select id="queue-type" name="type" defaultValue={search.type ?? ""} className={selectClass}>
          <option value="">Any type</option>
          {Object.entries(REQUEST_TYPE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="queue-status" className="text-sm font-medium">Status</label>
        <select id="queue-status" name="status" defaultValue={search.status ?? "open"} className={selectClass}>
          <option value="open">Open</option>
          <option value="all">Any status</option>
          {Object.entries(REQUEST_STATUS_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="queue-due" className="text-sm font-medium">Due</label>
        <select id="queue-due" name="due" defaultValue={search.due ?? ""} className={selectClass}>
          <option value="">Any time</option>
          <option value="overdue">Overdue</option>
          <option value="week">Within 7 days</option>
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Filter</button>
    </form>
  );
}

function dueLabel(dueOn: string, today: string): string {
  if (dueOn < today) return "Overdue";
  if (dueOn === today) return "Due today";
  return "";
}

export function QueueTable({ rows, today }: { rows: Array<QueueRow & { receivedOn: string }>; today: string }) {
  if (rows.length === 0) return <p className="my-6">No request matches these filters.</p>;
  return (
    <DataTable caption="Requests and reports, most urgent first" columns={["Reference", "Type", "Requester", "Received", "Answer by", "Status"]} small>
      {rows.map((row) => (
        <tr key={row.id} className={tableRowClass}>
          <th scope="row" className="py-2 pr-4 font-mono font-medium">
            <Link className="underline" href={`/admin/requests/${row.reference}`}>{row.reference}</Link>
            {row.urgent ? <span className="ml-2 rounded bg-red-100 px-2 py-0.5 font-sans text-xs text-red-900 dark:bg-red-900 dark:text-red-50">Urgent</span> : null}
          </th>
          <td className={tableCellClass}>{REQUEST_TYPE_LABELS[row.type]}</td>
          <td className={tableCellClass}>{row.requesterName}</td>
          <td className={tableCellClass}><FormattedDate day={row.receivedOn} /></td>
          <td className={tableCellClass}>
            <FormattedDate day={row.dueOn} /> <strong>{dueLabel(row.dueOn, today)}</strong>
          </td>
          <td className={tableCellClass}>{REQUEST_STATUS_LABELS[row.status]}</td>
        </tr>
      ))}
    </DataTable>
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
