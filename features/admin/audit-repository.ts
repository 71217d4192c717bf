import "server-only";
import type { Kysely } from "kysely";
import type { AuditEntry } from "@/server/audit/audit-log";
import type { Database } from "@/server/db/schema";

export interface AuditFilter {
  customerId?: string;
  actorAccountId?: string;
}

const COLUMNS = ["sequence", "occurredAt", "actorAccountId", "actorRole", "action", "customerId", "subject", "detailsJson", "previousHash", "hash"] as const;

/** Newest first, `pageSize` at a time; `before` is the last sequence already shown (keyset, no OFFSET). */
export async function listAuditEntries(db: Kysely<Database>, filter: AuditFilter, before: number | null, pageSize = 100): Promise<AuditEntry[]> {
  let query = db.selectFrom("auditLog").select(COLUMNS);
  if (filter.customerId) query = query.where("customerId", "=", filter.customerId);
  if (filter.actorAccountId) query = query.where("actorAccountId", "=", filter.actorAccountId);
  if (before !== null) query = query.where("sequence", "<", before);
  return query.orderBy("sequence", "desc").limit(pageSize).execute();
}

/** The account behind an email address typed into the search, if any. */
export async function findAccountIdByEmail(db: Kysely<Database>, email: string): Promise<string | null> {
  const row = await db.selectFrom("accounts").select("id").where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
  return row?.id ?? null;
}

/** Who an account is, as the console names people: a customer by name and email, staff by email. */
export interface AccountName {
  id: string;
  email: string;
  role: "customer" | "admin";
  fullName: string | null;
}

/** The names behind the account ids an audit page mentions; an erased account may have none left. */
export async function findAccountNames(db: Kysely<Database>, accountIds: string[]): Promise<Map<string, AccountName>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("accounts")
    .leftJoin("customers", "customers.accountId", "accounts.id")
    .select(["accounts.id", "accounts.email", "accounts.role", "customers.fullName"])
    .where("accounts.id", "in", [...new Set(accountIds)])
    .execute();
  return new Map(rows.map((row) => [row.id, { ...row, fullName: row.fullName || null }]));
}
