/**
 * Run by start-cluster.ts in a child process (node --conditions=react-server --import tsx), with the
 * cluster's DATABASE_URL, secrets and PRIVACY_CENTER_MODE=production in its environment: migrates the
 * cluster's PostgreSQL database once, as a deploy's `npm run migrate` step does, and loads the demo's
 * people into it (a production database gets its customers from the company's systems; the test needs
 * some to sign in as), with their choices.
 */
import type { Kysely } from "kysely";
import { seedDemoChoices } from "../../features/preferences/seed-demo-choices";
import { createDatabase } from "../../server/db/create-database";
import { migrateToLatest } from "../../server/db/migrate";
import { seedDemoData } from "../../server/db/seed/seed-demo-data";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) throw new Error("prepare-database.ts needs a PostgreSQL DATABASE_URL");
  const handle = createDatabase(url);
  try {
    await migrateToLatest(handle.db as Kysely<unknown>, handle.engine);
    if (await seedDemoData(handle.db, new Date(), { encryptionKeys: process.env.ENCRYPTION_KEYS })) await seedDemoChoices(handle.db);
  } finally {
    await handle.db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
