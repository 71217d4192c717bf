import "server-only";
import type { Kysely } from "kysely";
import { createSensitiveCipher, type SensitiveCipher } from "./crypto/sensitive-cipher";
import { databaseHandle } from "./db/database";
import { startPlannerStatistics } from "./db/planner-statistics";
import { seedDemoData } from "./db/seed/seed-demo-data";
import { startEmailDispatcher } from "./email/email-dispatcher";
import { env, findProductionSettingProblems, readSecrets } from "./env";
import { installPeerAddressStamp } from "./http/peer-address";
import type { Database } from "./db/schema";
import { logger } from "./log/logger.mjs";

/**
 * What the features add to the start: server/ knows no feature, so
 * instrumentation.ts, which composes the two, hands them in.
 */
export interface StartUpWork {
  /** Records the demo customers' choices made at sign-up, once the demo's people are there (demo mode, empty database only). */
  seedDemoChoices(db: Kysely<Database>): Promise<void>;
  /** Seeds the demo's requests once the demo's people are there (demo mode, empty database only). */
  seedDemoRequests(db: Kysely<Database>, options: { cipher: SensitiveCipher; siteUrl: string }): Promise<void>;
  /** Background jobs, started once the database is ready (and seeded). */
  startJobs(db: Kysely<Database>, options: { siteUrl: string }): void;
}

export async function prepareServer(work: StartUpWork): Promise<void> {
  try {
    readSecrets();
    const problems = env.isDemo ? [] : findProductionSettingProblems();
    if (problems.length > 0) throw new Error(`production mode needs: ${problems.join("; ")}.`);
    installPeerAddressStamp();
    const { db, engine } = await databaseHandle();
    if (env.isDemo && (await seedDemoData(db))) {
      await work.seedDemoChoices(db);
      await work.seedDemoRequests(db, { cipher: createSensitiveCipher(readSecrets().encryptionKeys), siteUrl: env.SITE_URL });
      logger().info(`Demo mode: created the demo customers, their requests and the Privacy Administrator (${engine}). See README.md to sign in.`);
    }
    startPlannerStatistics({ db, engine });
    startEmailDispatcher();
    // After the seed, so demo customers are there to be told about a new version.
    work.startJobs(db, { siteUrl: env.SITE_URL });
  } catch (error) {
    logger().fatal(`The privacy center could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
