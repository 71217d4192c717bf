import "server-only";
import type { Kysely } from "kysely";
import type { Database, PrivacyRequestStatus, PrivacyRequestType } from "@/server/db/schema";

export const OPEN_STATUSES: PrivacyRequestStatus[] = ["received", "verified", "in_progress", "extended"];

export interface QueueFilter {
  type?: PrivacyRequestType;
  /** "open" (default) hides completed and denied requests. */
  status?: PrivacyRequestStatus | "open" | "all";
  /** Only requests whose answer is due on or before this day. */
  dueBy?: string;
}

export interface QueueRow {
  id: string;
  reference: string;
  type: PrivacyRequestType;
  status: PrivacyRequestStatus;
  urgent: boolean;
  requesterName: string;
  receivedAt: string;
  dueOn: string;
}

/** Where the next page starts: the last row's sort key. */
export interface QueueCursor {
  urgent: number;
  dueOn: string;
  id: string;
}

function filtered(db: Kysely<Database>, filter: QueueFilter) {
  let query = db.selectFrom("privacyRequests");
  if (filter.type) query = query.where("type", "=", filter.type);
  const status = filter.status ?? "open";
  if (status === "open") query = query.where("status", "in", OPEN_STATUSES);
  else if (status !== "all") query = query.where("status", "=", status);
  if (filter.dueBy) query = query.where("dueOn", "<=", filter.dueBy);
  return query;
}

/**
 * One page of the queue, most urgent first: reports about children, then the
 * nearest answer day. Keyset pagination (no OFFSET), so the hundredth page of
 * 100,000 requests costs what the first does.
 */
export async function listQueuePage(db: Kysely<Database>, filter: QueueFilter, after: QueueCursor | null, pageSize = 50): Promise<{ rows: QueueRow[]; next: QueueCursor | null }> {
  let query = filtered(db, filter).select(["id", "reference", "type", "status", "urgent", "requesterName", "receivedAt", "dueOn"]);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("urgent", "<", after.urgent),
        eb.and([eb("urgent", "=", after.urgent), eb("dueOn", ">", after.dueOn)]),
        eb.and([eb("urgent", "=", after.urgent), eb("dueOn", "=", after.dueOn), eb("id", ">", after.id)]),
      ]),
    );
  }
  const rows = await query.orderBy("urgent", "desc").orderBy("dueOn", "asc").orderBy("id", "asc").limit(pageSize + 1).execute();
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({ ...row, urgent: row.urgent === 1 })),
    next: rows.length > pageSize && last ? { urgent: last.urgent, dueOn: last.dueOn, id: last.id } : null,
  };
}

/** How many open requests are overdue, and how many fall due within the next week. */
export async function countDeadlines(db: Kysely<Database>, today: string, weekAhead: string): Promise<{ overdue: number; dueThisWeek: number }> {
  const open = db.selectFrom("privacyRequests").where("status", "in", OPEN_STATUSES);
  const [overdue, dueThisWeek] = await Promise.all([
    open.where("dueOn", "<", today).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    open.where("dueOn", ">=", today).where("dueOn", "<=", weekAhead).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { overdue: Number(overdue.n), dueThisWeek: Number(dueThisWeek.n) };
}
