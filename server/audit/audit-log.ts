import "server-only";
import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { AuditLogTable, Database } from "../db/schema";

export interface AuditEvent {
  actorAccountId: string | null;
  actorRole: AuditLogTable["actorRole"];
  /** Verb-first, e.g. "view_customer_records", "complete_request". */
  action: string;
  customerId?: string | null;
  /** What the action was about, e.g. "request:PR-7K4Q9M". */
  subject?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export type AuditEntry = AuditLogTable;

/** The fields a hash covers, in a fixed order, so any edit of any of them breaks the chain. */
function hashEntry(entry: Omit<AuditEntry, "hash">): string {
  const fields = [
    entry.previousHash,
    entry.sequence,
    entry.occurredAt,
    entry.actorAccountId,
    entry.actorRole,
    entry.action,
    entry.customerId,
    entry.subject,
    entry.detailsJson,
  ];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/**
 * Appends one entry, inside the caller's transaction so the audited write and
 * its record commit or fail together. Updating the chain head first makes
 * concurrent appenders wait for each other.
 */
export async function appendAuditEntry(trx: Transaction<Database>, event: AuditEvent, now = new Date()): Promise<AuditEntry> {
  const head = await trx
    .updateTable("auditChainHead")
    .set((eb) => ({ lastSequence: eb("lastSequence", "+", 1) }))
    .where("id", "=", 1)
    .returning(["lastSequence", "lastHash"])
    .executeTakeFirstOrThrow();
  const unhashed = {
    sequence: head.lastSequence,
    occurredAt: now.toISOString(),
    actorAccountId: event.actorAccountId,
    actorRole: event.actorRole,
    action: event.action,
    customerId: event.customerId ?? null,
    subject: event.subject ?? null,
    detailsJson: JSON.stringify(event.details ?? {}),
    previousHash: head.lastHash,
  };
  const entry = { ...unhashed, hash: hashEntry(unhashed) };
  await trx.insertInto("auditLog").values(entry).execute();
  await trx.updateTable("auditChainHead").set({ lastHash: entry.hash }).where("id", "=", 1).execute();
  return entry;
}

export type ChainCheck = { intact: true; entries: number } | { intact: false; brokenAt: number; reason: string };

/** Recomputes every hash in order; the first entry that does not match is where the log was altered. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainCheck> {
  const pageSize = 1000;
  let previousHash = "0".repeat(64);
  let expectedSequence = 1;
  for (;;) {
    const page = await db
      .selectFrom("auditLog")
      .select(["sequence", "occurredAt", "actorAccountId", "actorRole", "action", "customerId", "subject", "detailsJson", "previousHash", "hash"])
      .where("sequence", ">=", expectedSequence)
      .orderBy("sequence")
      .limit(pageSize)
      .execute();
    for (const entry of page) {
      if (entry.sequence !== expectedSequence) return { intact: false, brokenAt: expectedSequence, reason: "an entry is missing" };
      if (entry.previousHash !== previousHash) return { intact: false, brokenAt: entry.sequence, reason: "it does not follow the entry before" };
      if (hashEntry(entry) !== entry.hash) return { intact: false, brokenAt: entry.sequence, reason: "its content was changed" };
      previousHash = entry.hash;
      expectedSequence++;
    }
    if (page.length < pageSize) break;
  }
  const head = await db.selectFrom("auditChainHead").select(["lastSequence", "lastHash"]).where("id", "=", 1).executeTakeFirstOrThrow();
  if (head.lastSequence !== expectedSequence - 1 || head.lastHash !== previousHash) {
    return { intact: false, brokenAt: expectedSequence, reason: "entries after it were removed" };
  }
  return { intact: true, entries: expectedSequence - 1 };
}
