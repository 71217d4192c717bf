import type { Metadata } from "next";
import { AuditEntriesTable, AuditSearchForm, ChainStatus } from "@/features/admin/components/audit-log-view";
import { readAuditLog } from "@/features/admin/queries";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const log = await readAuditLog(await searchParams);
  return (
    <>
      <h1 className="type-title">Audit log</h1>
      <p className="mt-2 max-w-prose">
        Every staff action and every view of a customer’s records, in order. Each entry is chained to the one before by a hash, so
        an entry changed or removed behind the application’s back is found.
      </p>
      {log.found ? (
        <>
          <AuditSearchForm search={log.search} error={null} />
          <ChainStatus chain={log.chain} search={log.search} />
          <AuditEntriesTable entries={log.entries} search={log.search} />
        </>
      ) : (
        <AuditSearchForm search={{}} error={log.problem} />
      )}
    </>
  );
}
