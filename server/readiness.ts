import "server-only";
import { sql } from "kysely";
import type { DatabaseHandle } from "./db/create-database";
import { databaseHandle } from "./db/database";
import { migrationsFor } from "./db/migrate";
import { isDraining } from "./lifecycle.mjs";
import { logger } from "./log/logger.mjs";

/** A probe waits this long for the database at most: a load balancer's check must get an answer, not a hang. */
const DATABASE_PATIENCE_MS = 2_000;

/**
 * Why this instance should not be sent traffic, or null when it should:
 * it is draining (SIGTERM), the database does not answer, or the schema is not
 * the one this build was made for. Never throws: a failure is a reason. The
 * reason is told to anyone who asks, so a database error's own text (hosts,
 * users) goes to the log only. `handle` is the app's database (a test's own in tests).
 */
export async function notReadyBecause(handle: () => Promise<DatabaseHandle> = databaseHandle): Promise<string | null> {
  if (isDraining()) return "draining: this instance is shutting down";
  let timer: NodeJS.Timeout | undefined;
  const patience = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`the database did not answer within ${DATABASE_PATIENCE_MS / 1000} s`), DATABASE_PATIENCE_MS);
  });
  try {
    return await Promise.race([schemaProblem(handle), patience]);
  } catch (error) {
    logger().warn(`Readiness: the database query failed: ${error instanceof Error ? error.message : String(error)}`);
    return "the database is unreachable";
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether the database holds exactly the migrations this build knows, read
 * from Kysely's own table (one small query, which also shows the database
 * answers). Missing ones: the deploy's migrate step has not run; unknown
 * ones: a newer build migrated it, and this one would misread its tables.
 */
export async function schemaProblem(handle: () => Promise<DatabaseHandle>): Promise<string | null> {
  const { db, engine } = await handle();
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const applied = new Set(rows.map((row) => row.name));
  const known = Object.keys(migrationsFor(engine));
  const missing = known.filter((name) => !applied.has(name));
  if (missing.length > 0) return `the database schema is behind this build: ${missing.length} migration(s) not applied, first ${missing[0]}`;
  const unknown = [...applied].filter((name) => !known.includes(name)).sort();
  if (unknown.length > 0) return `the database schema is newer than this build: ${unknown.length} migration(s) it does not know, first ${unknown[0]}`;
  return null;
}
