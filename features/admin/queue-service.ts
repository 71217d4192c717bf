import "server-only";
import type { Kysely } from "kysely";
import { dayIn } from "@/lib/dates";
import { addCalendarDays } from "@/lib/requests/legal-deadlines";
import type { Database } from "@/server/db/schema";
import { env } from "@/server/env";
import { countDeadlines, listQueuePage } from "./queue-repository";
import { formatCursor, parseCursor, type QueueSearch } from "./queue-schemas";

/** The administrator's queue as of today: one page, the next page's cursor, and the deadline counts. */
export async function getRequestQueue(db: Kysely<Database>, search: QueueSearch, now: Date) {
  // Overdue and due-soon count in the company's calendar days, as the deadlines do.
  const today = dayIn(env.COMPANY_TIME_ZONE, now);
  const weekAhead = addCalendarDays(today, 7);
  const dueBy = search.due === "overdue" ? addCalendarDays(today, -1) : search.due === "week" ? weekAhead : undefined;
  const [page, counts] = await Promise.all([
    listQueuePage(db, { type: search.type, status: search.status, dueBy }, parseCursor(search.after)),
    countDeadlines(db, today, weekAhead),
  ]);
  // The day each was received, in the company's time zone (a request sent at 9 pm Eastern is dated that day).
  const rows = page.rows.map((row) => ({ ...row, receivedOn: dayIn(env.COMPANY_TIME_ZONE, row.receivedAt) }));
  return { today, rows, nextCursor: page.next ? formatCursor(page.next) : null, counts };
}
