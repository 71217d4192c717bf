/**
 * Run by start-cluster.ts in a child process (node --conditions=react-server --import tsx), with the
 * cluster's DATABASE_URL, secrets and PRIVACY_CENTER_MODE=production in its environment, after
 * `npm run migrate` (scripts/migrate.ts) brought the schema up to date: loads the demo's people into it
 * (a production database gets its customers from the company's systems; the test needs some to sign in
 * as), with their choices.
 */
import { seedDemoChoices } from "../../features/preferences/seed-demo-choices";
import { createDatabase } from "../../server/db/create-database";
import { seedDemoData } from "../../server/db/seed/seed-demo-data";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) throw new Error("prepare-database.ts needs a PostgreSQL DATABASE_URL");
  const handle = createDatabase(url);
  try {
    if (await seedDemoData(handle.db, new Date(), { encryptionKeys: process.env.ENCRYPTION_KEYS })) await seedDemoChoices(handle.db);
  } finally {
    await handle.db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
