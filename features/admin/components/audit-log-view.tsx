import { buttonClass } from "@/components/ui/button-styles";
import Link from "next/link";
import type { ChainCheck } from "@/server/audit/audit-log";
import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";
import { LabelledValues, RecordCard, RecordCards } from "@/components/ui/record-cards";
import { env } from "@/server/env";
import type { AuditPerson, ReadableAuditEntry } from "../audit-readable";
import type { AuditSearch } from "../audit-schemas";
import { filterInputClass } from "@/components/ui/form-fields";

const timeZoneName = env.COMPANY_TIME_ZONE;


function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function AuditSearchForm({ search, error }: { search: Partial<AuditSearch>; error: string | null }) {
  return (
    <form method="get" className="my-6 flex flex-wrap items-end gap-4 card">
      <div className="flex flex-col">
        <label htmlFor="audit-customer" className="text-sm font-medium">Customer’s email</label>
        <input id="audit-customer" name="customer" type="email" defaultValue={search.customer ?? ""} className={filterInputClass} />
      </div>
      <div className="flex flex-col">
        <label htmlFor="audit-staff" className="text-sm font-medium">Staff member’s email</label>
        <input id="audit-staff" name="staff" type="email" defaultValue={search.staff ?? ""} className={filterInputClass} />
      </div>
      <button type="submit" className={buttonClass("primary")}>Search</button>
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

function Person({ person }: { person: AuditPerson }) {
  return (
    <>
      <span className="block font-medium">{person.name}</span>{" "}
      <span className="block text-slate-700 dark:text-slate-300">{person.description}</span>
    </>
  );
}

function RequestLink({ entry }: { entry: ReadableAuditEntry }) {
  if (entry.requestReference) {
    return (
      <Link className="whitespace-nowrap font-mono underline" href={`/admin/requests/${entry.requestReference}`}>
        {entry.requestReference}
      </Link>
    );
  }
  return <>{entry.otherSubject ?? "—"}</>;
}

const When = ({ entry }: { entry: ReadableAuditEntry }) => (
  <time dateTime={entry.occurredAt} className="whitespace-nowrap">
    {entry.when}
  </time>
);

const Details = ({ entry }: { entry: ReadableAuditEntry }) => (entry.details.length ? <LabelledValues fields={entry.details} inline /> : <>—</>);

/** On a phone: one card per entry, what happened first, every value labelled. */
function AuditEntryCards({ entries }: { entries: ReadableAuditEntry[] }) {
  return (
    <RecordCards label="Audit log entries, newest first" className="my-6 md:hidden">
      {entries.map((entry) => (
        <RecordCard
          key={entry.sequence}
          heading={
            <>
              {entry.what} <span className="block font-normal text-slate-700 dark:text-slate-300"><When entry={entry} /> · entry {entry.sequence}</span>
            </>
          }
          fields={[
            { label: "Who", value: <Person person={entry.who} /> },
            { label: "Customer", value: entry.customer ? <Person person={entry.customer} /> : "—" },
            { label: "Request", value: <RequestLink entry={entry} /> },
            ...entry.details,
          ]}
        />
      ))}
    </RecordCards>
  );
}

/** On wider screens: a table, times and references kept on one line. */
function AuditEntryTable({ entries }: { entries: ReadableAuditEntry[] }) {
  return (
    <DataTable
      caption={`Audit log entries, newest first, times in company time (${timeZoneName})`}
      columns={["Entry", "When", "Who", "What", "Customer", "Request", "Details"]}
      small
      scrollLabel="Audit log entries (scrolls sideways)"
      className="my-6 hidden md:block"
    >
      {entries.map((entry) => (
        <tr key={entry.sequence} className={`${tableRowClass} align-top`}>
          <th scope="row" className={`${tableCellClass} font-mono`}>{entry.sequence}</th>
          <td className={tableCellClass}><When entry={entry} /></td>
          <td className={`${tableCellClass} min-w-40`}><Person person={entry.who} /></td>
          <td className={`${tableCellClass} min-w-40`}>{entry.what}</td>
          <td className={`${tableCellClass} min-w-40`}>{entry.customer ? <Person person={entry.customer} /> : "—"}</td>
          <td className={tableCellClass}><RequestLink entry={entry} /></td>
          <td className={`${tableCellClass} min-w-64`}><Details entry={entry} /></td>
        </tr>
      ))}
    </DataTable>
  );
}

export function AuditEntriesTable({ entries, search }: { entries: ReadableAuditEntry[]; search: AuditSearch }) {
  if (entries.length === 0) return <p className="my-6">No entry matches this search.</p>;
  const oldest = entries.at(-1)!.sequence;
  return (
    <>
      <AuditEntryCards entries={entries} />
      <AuditEntryTable entries={entries} />
      {oldest > 1 ? (
        <p className="mt-4">
          <Link className="underline" href={`/admin/audit${queryString({ customer: search.customer, staff: search.staff, before: oldest })}`}>Older entries</Link>
        </p>
      ) : null}
    </>
  );
}
