import "server-only";
import type { Kysely } from "kysely";
import { dayIn, startOfDayIn } from "@/lib/dates";
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

/** Requests received from `from` (inclusive) to `to` (exclusive), both ISO instants. */
interface Period {
  from: string;
  to: string;
}

/**
 * A calendar year in the company's time zone, as the instants it starts and
 * ends at: a request that arrives at 9 pm Eastern on December 31 is counted in
 * that year, as its legal clocks count it (lib/dates.ts, decision 0015).
 */
export function yearIn(zone: string, year: number): Period {
  return { from: startOfDayIn(zone, `${year}-01-01`).toISOString(), to: startOfDayIn(zone, `${year + 1}-01-01`).toISOString() };
}

function receivedIn(db: Kysely<Database>, period: Period) {
  // received_at is an ISO timestamp (toISOString): text order is time order.
  return db.selectFrom("privacyRequests").where("receivedAt", ">=", period.from).where("receivedAt", "<", period.to);
}

/** How many requests of each type and status were received in the period. */
export async function countRequestsByTypeAndStatus(db: Kysely<Database>, period: Period) {
  const rows = await receivedIn(db, period)
    .select((eb) => ["type", "status", eb.fn.countAll<number | string>().as("requests")])
    .groupBy(["type", "status"])
    .execute();
  return rows.map((row) => ({ type: row.type, status: row.status, requests: Number(row.requests) }));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days between two YYYY-MM-DD days (the difference of their UTC midnights is always whole days). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor((sorted.length - 1) / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle]! + sorted[middle + 1]!) / 2;
}

/**
 * The calendar days from receipt to answer of every request received in the
 * period and closed, by type, counted in the company's time zone (the day it
 * was received to the day it was answered). Read as two timestamps a request
 * (some 60 bytes): a year of 100,000 answered requests is a few megabytes.
 * The database cannot count days in a time zone alike on both engines.
 */
export async function listDaysToAnswer(db: Kysely<Database>, period: Period, zone: string): Promise<Map<PrivacyRequestType, number[]>> {
  const rows = await receivedIn(db, period).where("closedAt", "is not", null).select(["type", "receivedAt", "closedAt"]).execute();
  const days = new Map<PrivacyRequestType, number[]>();
  for (const row of rows) {
    const list = days.get(row.type) ?? [];
    list.push(daysBetween(dayIn(zone, row.receivedAt), dayIn(zone, row.closedAt!)));
    days.set(row.type, list);
  }
  return days;
}

function emptyTally(): RequestTally {
  return { received: 0, completed: 0, denied: 0, open: 0, medianDaysToAnswer: null };
}

/**
 * The figures 11 CCR §7102 asks to publish, for the requests received in one
 * calendar year in the company's time zone: per type and in total, received,
 * complied with, denied, still open, and the median days to answer.
 */
export async function loadRequestMetrics(db: Kysely<Database>, year: number, zone: string): Promise<RequestMetrics> {
  const period = yearIn(zone, year);
  const [counts, daysToAnswer] = await Promise.all([countRequestsByTypeAndStatus(db, period), listDaysToAnswer(db, period, zone)]);

  const tallies = new Map(METRICS_REQUEST_TYPES.map((type) => [type, emptyTally()]));
  const total = emptyTally();
  for (const row of counts) {
    for (const tally of [tallies.get(row.type), total]) {
      if (!tally) continue;
      tally.received += row.requests;
      if (row.status === "completed") tally.completed += row.requests;
      else if (row.status === "denied") tally.denied += row.requests;
      else if (OPEN_STATUSES.includes(row.status)) tally.open += row.requests;
    }
  }

  return {
    year,
    byType: METRICS_REQUEST_TYPES.map((type) => ({ type, ...tallies.get(type)!, medianDaysToAnswer: median(daysToAnswer.get(type) ?? []) })),
    total: { ...total, medianDaysToAnswer: median([...daysToAnswer.values()].flat()) },
  };
}
