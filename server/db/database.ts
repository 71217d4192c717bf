import "server-only";
import type { Kysely } from "kysely";
import { env } from "../env";
import { createDatabase, type DatabaseHandle } from "./create-database";
import { migrateToLatest } from "./migrate";
import type { Database } from "./schema";

/**
 * The app's one database connection, opened and migrated on first use
 * (instrumentation.ts makes that first use happen before the server serves).
 * Kept on globalThis so development reloads do not open a second pool.
 */
const holder = globalThis as typeof globalThis & { __privacyCenterDb?: Promise<DatabaseHandle> };

export function databaseHandle(): Promise<DatabaseHandle> {
  holder.__privacyCenterDb ??= (async () => {
    const handle = createDatabase(env.DATABASE_URL);
    await migrateToLatest(handle.db as Kysely<unknown>, handle.engine);
    return handle;
  })();
  return holder.__privacyCenterDb;
}

export async function database(): Promise<Kysely<Database>> {
  return (await databaseHandle()).db;
}
