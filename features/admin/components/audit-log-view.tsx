import Link from "next/link";
import type { AuditEntry, ChainCheck } from "@/server/audit/audit-log";
import type { AuditSearch } from "../audit-schemas";
import { DataTable, tableCellClass } from "@/components/ui/data-table";

const inputClass = "mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-800";

function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function AuditSearchForm({ search, error }: { search: Partial<AuditSearch>; error: string | null }) {
  return (
    <form method="get" className="my-6 flex flex-wrap items-end gap-4 rounded border border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-col">
        <label htmlFor="audit-customer" className="text-sm font-medium">Customer’s email</label>
        <input id="audit-customer" name="customer" type="email" defaultValue={search.customer ?? ""} className={inputClass} />
      </div>
      <div className="flex flex-col">
        <label htmlFor="audit-staff" className="text-sm font-medium">Staff member’s email</label>
        <input id="audit-staff" name="staff" type="email" defaultValue={search.staff ?? ""} className={inputClass} />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Search</button>
      {error ? <p role="alert" className="w-full font-medium text-red-800 dark:text-red-300">{error}</p> : null}
    </form>
  );
}

export function ChainStatus({ chain, search }: { chain: ChainCheck | null; search: AuditSearch }) {
  if (!chain) {
    return (
      <p className="my-4">
        <Link className="underline" href={`/admin/audit${queryString({ customer: search.customer, staff: search.staff, verify: "1" })}`}>
          Check that no entry was altered
        </Link>{" "}
        · <a className="underline" href={`/admin/audit/export${queryString({ customer: search.customer, staff: search.staff })}`}>Download as CSV</a>
      </p>
    );
  }
  return (
    <p role="status" className="my-4 font-medium">
      {chain.intact
        ? `The chain is intact: all ${chain.entries} entries follow one another unaltered.`
        : `The chain is broken at entry ${chain.brokenAt}: ${chain.reason}.`}
    </p>
  );
}

export function AuditEntriesTable({ entries, search }: { entries: AuditEntry[]; search: AuditSearch }) {
  if (entries.length === 0) return <p className="my-6">No entry matches this search.</p>;
  const oldest = entries.at(-1)!.sequence;
  return (
    <>
      <DataTable caption="Audit log entries, newest first" columns={["Entry", "When (UTC)", "Who", "Action", "Customer", "About", "Details"]} small>
        {entries.map((entry) => (
          <tr key={entry.sequence} className="border-b border-slate-200 align-top dark:border-slate-700">
            <th scope="row" className="py-2 pr-4 font-mono">{entry.sequence}</th>
            <td className={tableCellClass}>{entry.occurredAt.replace("T", " ").slice(0, 19)}</td>
            <td className={tableCellClass}>{entry.actorRole}{entry.actorAccountId ? ` (${entry.actorAccountId})` : ""}</td>
            <td className="py-2 pr-4 font-mono">{entry.action}</td>
            <td className={tableCellClass}>{entry.customerId ?? "—"}</td>
            <td className={tableCellClass}>{entry.subject ?? "—"}</td>
            <td className="py-2 pr-4 font-mono text-xs break-all">{entry.detailsJson}</td>
          </tr>
        ))}
      </DataTable>
      {oldest > 1 ? (
        <p className="mt-4">
          <Link className="underline" href={`/admin/audit${queryString({ customer: search.customer, staff: search.staff, before: oldest })}`}>Older entries</Link>
        </p>
      ) : null}
    </>
  );
}
