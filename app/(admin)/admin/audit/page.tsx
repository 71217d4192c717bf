import type { Metadata } from "next";
import { type AuditSearch, auditSearchSchema } from "@/features/admin/audit-schemas";
import { getAuditLogPage } from "@/features/admin/audit-service";
import { AdminNavigation } from "@/features/admin/components/admin-navigation";
import { AuditEntriesTable, AuditSearchForm, ChainStatus } from "@/features/admin/components/audit-log-view";
import { requireAdmin } from "@/server/auth/current-account";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  await requireAdmin("/admin/audit");
  const raw = await searchParams;
  const parsed = auditSearchSchema.safeParse(raw);
  return (
    <>
      <AdminNavigation current="/admin/audit" />
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="mt-2 max-w-prose">
        Every staff action and every view of a customer’s records, in order. Each entry is chained to the one before by a hash, so
        an entry changed or removed behind the application’s back is found.
      </p>
      {parsed.success ? (
        <AuditLogResults search={parsed.data} />
      ) : (
        <AuditSearchForm search={{}} error={`Nothing searched: ${parsed.error.issues[0]?.message ?? "check the search."}`} />
      )}
    </>
  );
}

async function AuditLogResults({ search }: { search: AuditSearch }) {
  const { entries, chain } = await getAuditLogPage(search);
  return (
    <>
      <AuditSearchForm search={search} error={null} />
      <ChainStatus chain={chain} search={search} />
      <AuditEntriesTable entries={entries} search={search} />
    </>
  );
}
