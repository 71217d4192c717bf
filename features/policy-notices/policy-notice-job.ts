import "server-only";
import type { Kysely } from "kysely";
import { getPolicyHistory } from "@/features/policy";
import { sendDueCpniNotices } from "@/features/preferences";
import type { Database } from "@/server/db/schema";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { onShutdown } from "@/server/lifecycle.mjs";
import { logger } from "@/server/log/logger.mjs";
import { announcePolicyChanges } from "./service";

/**
 * The in-process driver of the notices the law requires: policy-change
 * notices, and the CPNI notice of 47 CFR 64.2008 (the first, and its renewal
 * every two years). A run at start, then one
 * every RUN_INTERVAL_MS. Publishing is a deploy, so the run at start announces
 * a new version; the periodic runs finish an announcement a crash or another
 * instance left unfinished. Runs never overlap in one process; several
 * processes may run at once (the notice rows keep each email single).
 */
interface JobState {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

// On globalThis so development reloads do not start a second timer.
const holder = globalThis as typeof globalThis & { __privacyCenterPolicyNoticeJob?: JobState };
const state: JobState = (holder.__privacyCenterPolicyNoticeJob ??= {});

const RUN_INTERVAL_MS = 30 * 60_000;

/** What the job works with, handed in by the start-up (instrumentation.ts): the job opens nothing itself. */
export interface PolicyNoticeJobSurroundings {
  db: Kysely<Database>;
  siteUrl: string;
}

export function startPolicyNoticeJob(surroundings: PolicyNoticeJobSurroundings): void {
  if (state.timer) return;
  state.timer = setInterval(() => runPolicyNoticeJob(surroundings), RUN_INTERVAL_MS);
  // The job must never keep a process (or a test run) alive on its own.
  state.timer.unref();
  onShutdown("policy notices", stopPolicyNoticeJob);
  runPolicyNoticeJob(surroundings);
}

/** No more runs; resolves once the run under way (if any) has finished. Called on SIGTERM (server/lifecycle.mjs). */
export async function stopPolicyNoticeJob(): Promise<void> {
  clearInterval(state.timer);
  state.timer = undefined;
  await state.running;
}

/** Starts a run unless one is going; returns at once and never throws. */
function runPolicyNoticeJob(surroundings: PolicyNoticeJobSurroundings): void {
  if (state.running) return;
  state.running = announceNow(surroundings).finally(() => {
    state.running = undefined;
  });
}

async function announceNow({ db, siteUrl }: PolicyNoticeJobSurroundings): Promise<void> {
  try {
    const now = new Date();
    const results = await announcePolicyChanges(db, getPolicyHistory(now).entries, { siteUrl, now });
    for (const result of results) {
      logger().info(
        `Policy notices: version ${result.versionId}: queued ${result.queued} email${result.queued === 1 ? "" : "s"}` +
          (result.completed ? "; every customer has been handled." : "; the rest are left to the next run."),
      );
    }
    const cpni = await sendDueCpniNotices(db, { siteUrl, now });
    if (cpni.sent > 0) logger().info(`CPNI notices: queued ${cpni.sent} email${cpni.sent === 1 ? "" : "s"}.`);
    if (results.some((result) => result.queued > 0) || cpni.sent > 0) kickEmailDispatcher();
  } catch (error) {
    // The next run resumes where this one stopped; say why without any customer's data.
    logger().error(`Policy notices: ${error instanceof Error ? error.message : String(error)}`);
  }
}
