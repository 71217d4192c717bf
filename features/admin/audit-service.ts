import "server-only";
import { appendAuditEntry, verifyAuditChain, type ChainCheck } from "@/server/audit/audit-log";
import { formatAuditCsv } from "@/server/audit/audit-log-csv";
import type { SignedInAccount } from "@/server/auth/current-account";
import { database } from "@/server/db/database";
import { findAccountIdByEmail, listAuditEntries } from "./audit-repository";
import type { AuditSearch } from "./audit-schemas";

const NOBODY = "no-such-account";

async function resolveFilter(search: AuditSearch) {
  const db = await database();
  const customerId = search.customer ? ((await findAccountIdByEmail(db, search.customer)) ?? NOBODY) : undefined;
  const actorAccountId = search.staff ? ((await findAccountIdByEmail(db, search.staff)) ?? NOBODY) : undefined;
  return { db, filter: { customerId, actorAccountId } };
}

/** One page of the log for the console, and, when asked, whether the hash chain is intact. */
export async function getAuditLogPage(search: AuditSearch): Promise<{ entries: Awaited<ReturnType<typeof listAuditEntries>>; chain: ChainCheck | null }> {
  const { db, filter } = await resolveFilter(search);
  const [entries, chain] = await Promise.all([listAuditEntries(db, filter, search.before ?? null), search.verify ? verifyAuditChain(db) : null]);
  return { entries, chain };
}

/** The whole filtered log as CSV. Exporting is itself a staff action, so it is audited first. */
export async function exportAuditLog(search: AuditSearch, admin: SignedInAccount): Promise<string> {
  const { db, filter } = await resolveFilter(search);
  await db.transaction().execute((trx) =>
    appendAuditEntry(trx, {
      actorAccountId: admin.accountId,
      actorRole: "admin",
      action: "export_audit_log",
      customerId: filter.customerId ?? null,
      details: { customerFilter: search.customer || null, staffFilter: search.staff || null },
    }),
  );
  return formatAuditCsv(await listAuditEntries(db, filter, null, 1_000_000));
}
