import "server-only";
import { databaseHandle } from "./db/database";
import { seedDemoData } from "./db/seed/seed-demo-data";
import { startEmailDispatcher } from "./email/email-dispatcher";
import { env, readSecrets } from "./env";

export async function prepareServer(): Promise<void> {
  try {
    readSecrets();
    const { db, engine } = await databaseHandle();
    if (env.isDemo && (await seedDemoData(db))) {
      console.log(`Demo mode: created the demo customers and Privacy Administrator (${engine}). See README.md to sign in.`);
    }
    startEmailDispatcher();
  } catch (error) {
    console.error(`\nThe privacy center could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
