import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { PARKED_UNTIL } from "./deliver-pending-emails";

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe on promotional email. */
  headers: Record<string, string>;
  category: "transactional" | "promotional";
  createdAt: string;
  status: "sent" | "pending" | "failed";
}

/**
 * The newest outbox messages first, for the demo's mailbox: at most `limit`,
 * and only those to `to` when it is given (letter case aside).
 */
export async function listOutboxMessages(db: Kysely<Database>, { limit = 100, to }: { limit?: number; to?: string } = {}): Promise<OutboxMessage[]> {
  let select = db
    .selectFrom("emailOutbox")
    .select(["id", "toAddress", "subject", "textBody", "headersJson", "category", "createdAt", "sentAt", "nextAttemptAt"]);
  if (to !== undefined) select = select.where((eb) => eb(eb.fn<string>("lower", ["toAddress"]), "=", to.toLowerCase()));
  const rows = await select
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody,
    headers: readHeaders(row.headersJson),
    category: row.category,
    createdAt: row.createdAt,
    status: row.sentAt ? "sent" : row.nextAttemptAt === PARKED_UNTIL ? "failed" : "pending",
  }));
}

function readHeaders(json: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}
