import "server-only";
import { sql } from "kysely";
import { onShutdown } from "../lifecycle.mjs";
import { logger } from "../log/logger.mjs";
import type { DatabaseHandle } from "./create-database";

const EVERY_HOUR_MS = 60 * 60_000;

interface PlannerStatisticsState {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

// On globalThis so development reloads do not start a second timer.
const holder = globalThis as typeof globalThis & { __privacyCenterPlannerStatistics?: PlannerStatisticsState };
const state: PlannerStatisticsState = (holder.__privacyCenterPlannerStatistics ??= {});

/**
 * Keeps SQLite's query-planner statistics fresh while the server runs
 * (`pragma optimize`, cheap when nothing changed): a table that grew since the
 * connection opened would otherwise be planned as if it were small. PostgreSQL's
 * autovacuum does this by itself.
 */
export function startPlannerStatistics(handle: DatabaseHandle): void {
  if (handle.engine !== "sqlite" || state.timer) return;
  const optimize = () => {
    if (state.running) return;
    state.running = sql`pragma optimize`
      .execute(handle.db)
      .then(() => undefined)
      .catch((error: unknown) => logger().error(`pragma optimize failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        state.running = undefined;
      });
  };
  optimize();
  state.timer = setInterval(optimize, EVERY_HOUR_MS);
  state.timer.unref();
  onShutdown("planner statistics", stopPlannerStatistics);
}

/** No more runs; resolves once a run under way has finished, so the database can be closed after it. */
export async function stopPlannerStatistics(): Promise<void> {
  clearInterval(state.timer);
  state.timer = undefined;
  await state.running;
}
