import "server-only";
import type { Kysely } from "kysely";
import { env } from "../env";
import { onShutdown } from "../lifecycle.mjs";
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
    // Closed on SIGTERM after the jobs that use it have stopped (server/lifecycle.mjs, server.mjs).
    onShutdown("database", closeDatabase, { phase: "resources" });
    await migrateToLatest(handle.db as Kysely<unknown>, handle.engine);
    return handle;
  })();
  return holder.__privacyCenterDb;
}

export async function database(): Promise<Kysely<Database>> {
  return (await databaseHandle()).db;
}

/**
 * Closes the pool (PostgreSQL: waits for connections in use to be given back,
 * then ends them) or the SQLite file (which checkpoints its WAL). The next
 * databaseHandle() would open it anew; at shutdown nothing asks again.
 */
export async function closeDatabase(): Promise<void> {
  const opening = holder.__privacyCenterDb;
  if (!opening) return;
  holder.__privacyCenterDb = undefined;
  const handle = await opening.catch(() => null);
  await handle?.db.destroy();
}
