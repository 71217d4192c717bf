/**
 * `npm run migrate`: brings DATABASE_URL's database (SQLite or PostgreSQL) up to this build's schema,
 * then exits. Run it once per deploy, before starting the new release's instances: production
 * instances never migrate, they check the schema at start and refuse to serve on a database behind
 * them (docs/decisions/0021-migrations-a-step-of-their-own.md). Demo mode (`npm start`) migrates by
 * itself.
 *
 * Runs under the "react-server" condition (package.json), so the server modules' "server-only"
 * imports resolve outside Next.js.
 */
import type { Kysely } from "kysely";
import { createDatabase } from "../server/db/create-database";
import { migrateToLatest, migrationNames, readSchemaState } from "../server/db/migrate";
import { withStartUpLock } from "../server/db/start-up-lock";

async function main(): Promise<void> {
  // Read here, not imported at the top: a malformed variable then ends in the message below, not a stack trace.
  const { env } = await import("../server/env");
  const handle = createDatabase(env.DATABASE_URL);
  const where = env.DATABASE_URL.startsWith("file:") ? env.DATABASE_URL : `${handle.engine} database ${new URL(env.DATABASE_URL).pathname.slice(1)}`;
  try {
    const db = handle.db as Kysely<unknown>;
    // The instances' start-up lock too, so a demo instance starting meanwhile waits rather than seeding a half-made schema.
    const ran = await withStartUpLock(handle, () => migrateToLatest(db, handle.engine));
    const { unknown } = await readSchemaState(db, handle.engine);
    const latest = migrationNames(handle.engine).at(-1);
    console.log(ran.length > 0 ? `Migrated ${where}: ran ${ran.join(", ")}; the schema is at ${latest}.` : `${where} is up to date (${latest}); nothing to run.`);
    if (unknown.length > 0) console.log(`It also has migrations newer than this build: ${unknown.join(", ")}.`);
  } finally {
    await handle.db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`npm run migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
