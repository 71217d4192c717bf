import "server-only";
import type { Kysely } from "kysely";
import { env } from "../env";
import { onShutdown } from "../lifecycle.mjs";
import { logger } from "../log/logger.mjs";
import { createDatabase, type DatabaseHandle } from "./create-database";
import { migrateToLatest, readSchemaState, schemaRefusal } from "./migrate";
import type { Database } from "./schema";
import { withStartUpLock } from "./start-up-lock";

/**
 * The app's one database connection, opened on first use (instrumentation.ts
 * makes that first use happen before the server serves), with its schema made
 * ready for this build (readySchema). Kept on globalThis so development reloads
 * do not open a second pool.
 */
const holder = globalThis as typeof globalThis & { __privacyCenterDb?: Promise<DatabaseHandle> };

export function databaseHandle(): Promise<DatabaseHandle> {
  holder.__privacyCenterDb ??= (async () => {
    const handle = createDatabase(env.DATABASE_URL);
    // Closed on SIGTERM after the jobs that use it have stopped (server/lifecycle.mjs, server.mjs).
    onShutdown("database", closeDatabase, { phase: "resources" });
    try {
      await readySchema(handle, { migrate: env.isDemo });
    } catch (error) {
      await handle.db.destroy();
      throw error;
    }
    return handle;
  })();
  return holder.__privacyCenterDb;
}

export async function database(): Promise<Kysely<Database>> {
  return (await databaseHandle()).db;
}

/** A database whose schema does not match this build: the start stops with `message`. */
export class SchemaVersionError extends Error {}

/**
 * Makes the schema ready for this build, or says why it cannot be
 * (docs/decisions/0021-migrations-a-step-of-their-own.md).
 * - `migrate` (demo mode, so that `npm ci && npm start` needs no other step): brings it up to date, under
 *   the start-up lock, so instances started together migrate once.
 * - otherwise (production): migrations are `npm run migrate`'s, run once per deploy; an instance only
 *   checks that the database has run every migration it knows and nothing newer that contracts the schema,
 *   and refuses to serve otherwise.
 */
export async function readySchema(handle: DatabaseHandle, { migrate }: { migrate: boolean }): Promise<void> {
  const db = handle.db as Kysely<unknown>;
  if (migrate) {
    await withStartUpLock(handle, () => migrateToLatest(db, handle.engine));
    return;
  }
  const state = await readSchemaState(db, handle.engine);
  const refusal = schemaRefusal(state);
  if (refusal) throw new SchemaVersionError(refusal);
  if (state.unknown.length > 0) {
    logger().info(`The database is ahead of this build by expand-only migrations (${state.unknown.join(", ")}): serving, as in a rolling deploy.`);
  }
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
