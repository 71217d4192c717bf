import type { Kysely } from "kysely";
import type { Migration } from "kysely";

/**
 * Counters for throttling sign-in failures and reset requests when several
 * instances share one PostgreSQL database (rate-limiter-flexible's
 * RateLimiterPostgres layout: key, points, expire in epoch ms). SQLite runs as
 * one instance and counts in memory; the table exists there too so both
 * engines keep one schema. See docs/decisions/0004-sessions-and-throttling.md.
 */
export const attemptThrottleCounters: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("attempt_throttle_counters")
      .addColumn("key", "varchar(255)", (c) => c.primaryKey())
      .addColumn("points", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("expire", "bigint")
      .execute();
  },
};
