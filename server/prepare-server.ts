import "server-only";
import { startPolicyNoticeJob } from "@/features/policy-notices/policy-notice-job";
import { seedDemoRequests } from "@/features/requests/seed-demo-requests";
import { createSensitiveCipher } from "./crypto/sensitive-cipher";
import { databaseHandle } from "./db/database";
import { startPlannerStatistics } from "./db/planner-statistics";
import { seedDemoData } from "./db/seed/seed-demo-data";
import { startEmailDispatcher } from "./email/email-dispatcher";
import { env, findProductionSettingProblems, readSecrets } from "./env";
import { installPeerAddressStamp } from "./http/peer-address";

export async function prepareServer(): Promise<void> {
  try {
    readSecrets();
    const problems = env.isDemo ? [] : findProductionSettingProblems();
    if (problems.length > 0) throw new Error(`production mode needs: ${problems.join("; ")}.`);
    installPeerAddressStamp();
    const { db, engine } = await databaseHandle();
    if (env.isDemo && (await seedDemoData(db))) {
      await seedDemoRequests(db, { cipher: createSensitiveCipher(readSecrets().encryptionKeys), siteUrl: env.SITE_URL });
      console.log(`Demo mode: created the demo customers, their requests and the Privacy Administrator (${engine}). See README.md to sign in.`);
    }
    startPlannerStatistics({ db, engine });
    startEmailDispatcher();
    // After the seed, so demo customers are there to be told about a new version.
    startPolicyNoticeJob();
  } catch (error) {
    console.error(`\nThe privacy center could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
