import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import { onShutdown } from "@/server/lifecycle.mjs";
import { logger } from "@/server/log/logger.mjs";
import { removeIdentifiersFromClosedReports } from "./retention";

/**
 * The in-process driver of the closed reports' retention (retention.ts): a run
 * at start, then one every RUN_INTERVAL_MS, like the policy-notice job. Runs
 * never overlap in one process; several processes may run at once (each report
 * is cleared once, in its own transaction).
 */
interface JobState {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

// On globalThis so development reloads do not start a second timer.
const holder = globalThis as typeof globalThis & { __privacyCenterMinorRetentionJob?: JobState };
const state: JobState = (holder.__privacyCenterMinorRetentionJob ??= {});

const RUN_INTERVAL_MS = 6 * 60 * 60_000;

export function startMinorReportRetentionJob({ db }: { db: Kysely<Database> }): void {
  if (state.timer) return;
  state.timer = setInterval(() => runOnce(db), RUN_INTERVAL_MS);
  // The job must never keep a process (or a test run) alive on its own.
  state.timer.unref();
  onShutdown("minor reports retention", stopMinorReportRetentionJob);
  runOnce(db);
}

/** No more runs; resolves once the run under way (if any) has finished. Called on SIGTERM (server/lifecycle.mjs). */
export async function stopMinorReportRetentionJob(): Promise<void> {
  clearInterval(state.timer);
  state.timer = undefined;
  await state.running;
}

/** Starts a run unless one is going; returns at once and never throws. */
function runOnce(db: Kysely<Database>): void {
  if (state.running) return;
  state.running = removeIdentifiersFromClosedReports(db)
    .then((cleared) => {
      if (cleared > 0) logger().info(`Minor reports: removed the child's details from ${cleared} closed report${cleared === 1 ? "" : "s"} past their retention period.`);
    })
    .catch((error: unknown) => {
      // The next run resumes; say why without anyone's data.
      logger().error(`Minor reports retention: ${error instanceof Error ? error.message : String(error)}`);
    })
    .finally(() => {
      state.running = undefined;
    });
}
