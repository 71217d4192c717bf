import "server-only";
import { sql } from "kysely";
import type { DatabaseHandle } from "./create-database";

const EVERY_HOUR_MS = 60 * 60_000;

/**
 * Keeps SQLite's query-planner statistics fresh while the server runs
 * (`pragma optimize`, cheap when nothing changed): a table that grew since the
 * connection opened would otherwise be planned as if it were small. PostgreSQL's
 * autovacuum does this by itself.
 */
export function startPlannerStatistics(handle: DatabaseHandle): void {
  if (handle.engine !== "sqlite") return;
  const optimize = () =>
    sql`pragma optimize`.execute(handle.db).catch((error: unknown) => console.error(`pragma optimize failed: ${error instanceof Error ? error.message : String(error)}`));
  void optimize();
  setInterval(optimize, EVERY_HOUR_MS).unref();
}
