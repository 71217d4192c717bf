import "server-only";
import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema";
import { SqliteImmediateDialect } from "./sqlite-immediate-dialect";
import { withStatementCache } from "./statement-cache";
import { logger } from "../log/logger.mjs";

export type Engine = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** The SQLite connection under `db`, for libraries that speak better-sqlite3 themselves (the attempt throttle). */
  sqlite?: BetterSqlite3.Database;
}

/**
 * Opens the database DATABASE_URL names: `file:<path>` for the embedded SQLite
 * default, `postgres://…` when several instances share one database.
 * Columns are snake_case in SQL and camelCase in TypeScript.
 */
export function createDatabase(url: string): DatabaseHandle {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the pool replaces it.
    pool.on("error", (error) => logger().error(`PostgreSQL connection lost: ${error.message}`));
    return { engine: "postgres", db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] }) };
  }
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${url.split(":")[0]}:…"`);
  }
  const file = url.slice("file:".length);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  // Refresh the planner's statistics where they are missing or stale (SQLite's advice for each new connection);
  // without them a page of the queue sorts every open request instead of reading its index in order.
  sqlite.pragma("optimize = 0x10002");
  return { engine: "sqlite", sqlite, db: new Kysely<Database>({ dialect: new SqliteImmediateDialect({ database: withStatementCache(sqlite) }), plugins: [new CamelCasePlugin()] }) };
}
