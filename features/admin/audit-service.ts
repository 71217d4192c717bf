import "server-only";
import type { Kysely } from "kysely";
import { appendAuditEntry, type ChainCheck, verifyAuditChain } from "@/server/audit/audit-log";
import { formatAuditCsv } from "@/server/audit/audit-log-csv";
import type { Database } from "@/server/db/schema";
import { env } from "@/server/env";
import { type AuditFilter, findAccountIdByEmail, findAccountNames, listAuditEntries } from "./audit-repository";
import { accountIdsIn, type ReadableAuditEntry, readableAuditEntry } from "./audit-readable";
import type { AuditSearch } from "./audit-schemas";

const NOBODY = "no-such-account";

async function resolveFilter(db: Kysely<Database>, search: AuditSearch): Promise<AuditFilter> {
  const customerId = search.customer ? ((await findAccountIdByEmail(db, search.customer)) ?? NOBODY) : undefined;
  const actorAccountId = search.staff ? ((await findAccountIdByEmail(db, search.staff)) ?? NOBODY) : undefined;
  return { customerId, actorAccountId };
}

/**
 * One page of the log for the console, newest first, in words: people by
 * name, times in company time (COMPANY_TIME_ZONE); and, when asked, whether the hash chain is intact.
 */
export async function getAuditLogPage(db: Kysely<Database>, search: AuditSearch): Promise<{ entries: ReadableAuditEntry[]; chain: ChainCheck | null }> {
  const filter = await resolveFilter(db, search);
  const [entries, chain] = await Promise.all([listAuditEntries(db, filter, search.before ?? null), search.verify ? verifyAuditChain(db) : null]);
  const names = await findAccountNames(db, entries.flatMap(accountIdsIn));
  return { entries: entries.map((entry) => readableAuditEntry(entry, names, env.COMPANY_TIME_ZONE)), chain };
}

/** The whole filtered log as CSV. Exporting is itself a staff action, so it is audited first. */
export async function exportAuditLog(db: Kysely<Database>, search: AuditSearch, admin: { accountId: string }, now: Date): Promise<string> {
  const filter = await resolveFilter(db, search);
  await db.transaction().execute((trx) =>
    appendAuditEntry(
      trx,
      {
        actorAccountId: admin.accountId,
        actorRole: "admin",
        action: "export_audit_log",
        customerId: filter.customerId ?? null,
        details: { customerFilter: search.customer || null, staffFilter: search.staff || null },
      },
      now,
    ),
  );
  return formatAuditCsv(await listAuditEntries(db, filter, null, 1_000_000));
}
