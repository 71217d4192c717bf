import "server-only";
import { sql } from "kysely";
import type { DatabaseHandle } from "./db/create-database";
import { databaseHandle } from "./db/database";
import { migrationNames, schemaRefusal, schemaStateOf } from "./db/migrate";
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
 * Whether this build may serve on the database's schema, by the rule the start-up applies
 * (schemaRefusal in server/db/migrate.ts, docs/decisions/0021): every migration it knows has run, and
 * nothing newer has contracted what it uses (a database ahead only by expand migrations is served, as in
 * a rolling deploy). Read from Kysely's own table: one small query, which also shows the database answers.
 */
export async function schemaProblem(handle: () => Promise<DatabaseHandle>): Promise<string | null> {
  const { db, engine } = await handle();
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  return schemaRefusal(schemaStateOf(rows.map((row) => row.name), migrationNames(engine)));
}
