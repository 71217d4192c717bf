import "server-only";
import type { Kysely } from "kysely";
import { createSensitiveCipher, type SensitiveCipher } from "./crypto/sensitive-cipher";
import type { DatabaseHandle } from "./db/create-database";
import { databaseHandle } from "./db/database";
import { startPlannerStatistics } from "./db/planner-statistics";
import { seedDemoData } from "./db/seed/seed-demo-data";
import { withStartUpLock } from "./db/start-up-lock";
import { startEmailDispatcher } from "./email/email-dispatcher";
import { env, findDemoModeProblem, findProductionSettingProblems, readSecrets } from "./env";
import { installPeerAddressStamp } from "./http/peer-address";
import type { Database } from "./db/schema";
import { logger } from "./log/logger.mjs";

/**
 * What the features add to the start: server/ knows no feature, so
 * instrumentation.ts, which composes the two, hands them in.
 */
export interface StartUpWork {
  /** A reason a feature finds for this process not to serve in the mode it was given (the static policy site's copy), or null. */
  findStartProblem(mode: "demo" | "production"): string | null;
  /** Records the demo customers' choices made at sign-up, once the demo's people are there (demo mode, empty database only). */
  seedDemoChoices(db: Kysely<Database>): Promise<void>;
  /** Seeds the demo's requests once the demo's people are there (demo mode, empty database only). */
  seedDemoRequests(db: Kysely<Database>, options: { cipher: SensitiveCipher; siteUrl: string }): Promise<void>;
  /** Background jobs, started once the database is ready (and seeded). */
  startJobs(db: Kysely<Database>, options: { siteUrl: string }): void;
}

export async function prepareServer(work: StartUpWork): Promise<void> {
  try {
    const modeProblem = findDemoModeProblem() ?? work.findStartProblem(env.PRIVACY_CENTER_MODE);
    if (modeProblem) throw new Error(modeProblem);
    readSecrets();
    const problems = env.isDemo ? [] : findProductionSettingProblems();
    if (problems.length > 0) throw new Error(`production mode needs: ${problems.join("; ")}.`);
    installPeerAddressStamp();
    const { db, engine } = await prepareDatabase(work);
    startPlannerStatistics({ db, engine });
    startEmailDispatcher();
    // After the seed, so demo customers are there to be told about a new version.
    work.startJobs(db, { siteUrl: env.SITE_URL });
  } catch (error) {
    logger().fatal(`The privacy center could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/**
 * The database part of the start, without the background jobs (test/start-instance.ts runs it in
 * several processes at once): opens the database and makes its schema ready (server/db/database.ts:
 * demo mode migrates, production checks), and in demo mode seeds an empty database with the demo's
 * people and requests. The seed runs under the start-up lock, so of instances starting together on an
 * empty database one seeds and the others wait, then find the accounts there and seed nothing.
 */
export async function prepareDatabase(work: Pick<StartUpWork, "seedDemoChoices" | "seedDemoRequests">): Promise<DatabaseHandle> {
  const handle = await databaseHandle();
  const { db, engine } = handle;
  if (env.isDemo) {
    const seeded = await withStartUpLock(handle, async () => {
      if (!(await seedDemoData(db))) return false;
      await work.seedDemoChoices(db);
      await work.seedDemoRequests(db, { cipher: createSensitiveCipher(readSecrets().encryptionKeys), siteUrl: env.SITE_URL });
      return true;
    });
    if (seeded) logger().info(`Demo mode: created the demo customers, their requests and the Privacy Administrator (${engine}). See README.md to sign in.`);
  }
  return handle;
}
