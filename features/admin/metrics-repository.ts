import "server-only";
import { type Kysely, sql } from "kysely";
import type { Database, PrivacyRequestType } from "@/server/db/schema";
import { METRICS_REQUEST_TYPES } from "./metrics-schemas";
import { OPEN_STATUSES } from "./queue-repository";

/** The figures for one type of request, or for all of them, over the requests received in one year. */
export interface RequestTally {
  received: number;
  /** Completed: complied with in whole or in part. */
  completed: number;
  denied: number;
  /** Not yet answered: received, verified, in progress or extended. */
  open: number;
  /** Median calendar days from receipt to answer over the closed ones; null when none is closed. */
  medianDaysToAnswer: number | null;
}

export interface RequestMetrics {
  year: number;
  byType: Array<RequestTally & { type: PrivacyRequestType }>;
  total: RequestTally;
}

/** Requests received from `from` (inclusive) to `to` (exclusive), both YYYY-MM-DD. */
interface Period {
  from: string;
  to: string;
}

/**
 * The Julian day number of an ISO timestamp's (UTC) date, in integer arithmetic
 * that SQLite and PostgreSQL evaluate alike (integer division truncates on
 * both), so day differences are computed, and sorted, in the database.
 */
function calendarDayNumber(column: "receivedAt" | "closedAt") {
  const part = (start: number, length: number) => sql<number>`cast(substr(${sql.ref(column)}, ${sql.lit(start)}, ${sql.lit(length)}) as integer)`;
  const [year, month, day] = [part(1, 4), part(6, 2), part(9, 2)];
  const a = sql<number>`((14 - ${month}) / 12)`;
  const y = sql<number>`(${year} + 4800 - ${a})`;
  const m = sql<number>`(${month} + 12 * ${a} - 3)`;
  return sql<number>`(${day} + (153 * ${m} + 2) / 5 + 365 * ${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 - 32045)`;
}

const daysToAnswer = sql<number>`(${calendarDayNumber("closedAt")} - ${calendarDayNumber("receivedAt")})`;

function receivedIn(db: Kysely<Database>, period: Period) {
  // received_at is an ISO timestamp: text order is time order.
  return db.selectFrom("privacyRequests").where("receivedAt", ">=", period.from).where("receivedAt", "<", period.to);
}

/** How many requests of each type and status were received in the period, and how many of those are closed. */
export async function countRequestsByTypeAndStatus(db: Kysely<Database>, period: Period) {
  const rows = await receivedIn(db, period)
    .select((eb) => ["type", "status", eb.fn.countAll<number | string>().as("requests"), eb.fn.count<number | string>("closedAt").as("closed")])
    .groupBy(["type", "status"])
    .execute();
  return rows.map((row) => ({ type: row.type, status: row.status, requests: Number(row.requests), closed: Number(row.closed) }));
}

/**
 * The median calendar days from receipt to answer over the `closedCount`
 * closed requests received in the period (of one type, or of all): the
 * database sorts the differences and returns only the middle one or two.
 */
export async function findMedianDaysToAnswer(db: Kysely<Database>, period: Period, type: PrivacyRequestType | null, closedCount: number): Promise<number | null> {
  if (closedCount === 0) return null;
  let query = receivedIn(db, period).where("closedAt", "is not", null);
  if (type) query = query.where("type", "=", type);
  const middle = await query
    .select(daysToAnswer.as("days"))
    .orderBy("days")
    .limit(closedCount % 2 === 1 ? 1 : 2)
    .offset(Math.floor((closedCount - 1) / 2))
    .execute();
  if (middle.length === 0) return null;
  return middle.reduce((sum, row) => sum + Number(row.days), 0) / middle.length;
}

function emptyTally(): RequestTally {
  return { received: 0, completed: 0, denied: 0, open: 0, medianDaysToAnswer: null };
}

/**
 * The figures 11 CCR §7102 asks to publish, for the requests received in one
 * calendar year (UTC): per type and in total, received, complied with, denied,
 * still open, and the median days to answer.
 */
export async function loadRequestMetrics(db: Kysely<Database>, year: number): Promise<RequestMetrics> {
  const period = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const counts = await countRequestsByTypeAndStatus(db, period);

  const tallies = new Map(METRICS_REQUEST_TYPES.map((type) => [type, emptyTally()]));
  const total = emptyTally();
  const closed = new Map<PrivacyRequestType | "all", number>();
  for (const row of counts) {
    closed.set(row.type, (closed.get(row.type) ?? 0) + row.closed);
    closed.set("all", (closed.get("all") ?? 0) + row.closed);
    for (const tally of [tallies.get(row.type), total]) {
      if (!tally) continue;
      tally.received += row.requests;
      if (row.status === "completed") tally.completed += row.requests;
      else if (row.status === "denied") tally.denied += row.requests;
      else if (OPEN_STATUSES.includes(row.status)) tally.open += row.requests;
    }
  }

  const [totalMedian, ...typeMedians] = await Promise.all([
    findMedianDaysToAnswer(db, period, null, closed.get("all") ?? 0),
    ...METRICS_REQUEST_TYPES.map((type) => findMedianDaysToAnswer(db, period, type, closed.get(type) ?? 0)),
  ]);
  return {
    year,
    byType: METRICS_REQUEST_TYPES.map((type, index) => ({ type, ...tallies.get(type)!, medianDaysToAnswer: typeMedians[index] ?? null })),
    total: { ...total, medianDaysToAnswer: totalMedian ?? null },
  };
}
