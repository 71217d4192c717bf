import { type Kysely, type Migration, sql } from "kysely";

/**
 * A minor's report and the data it points to (features/minors, decision 0012).
 *
 * - `minor_report_matches`: every customer account the child's email, phone or
 *   account number matched when the report was received, one row each, so the
 *   hold covers them all (not only the one linked when exactly one matched).
 *   Keyed by the report's idempotency key: the row is written in the receiving
 *   transaction, before the report's own row exists. Cascades with the customer:
 *   an erased account leaves nothing to hold.
 * - `minor_report_outcomes`: when the hold ended and why ("erased", "mistaken",
 *   or "closed" for a report completed before this migration), and when the
 *   child's identifiers were removed from the closed report (the retention job).
 *   The reason a report was mistaken is on the request's timeline, as a staff note.
 *
 * Backfill: a report completed before now ends its hold ("closed"); a denied one
 * keeps it, since denying the reporter no longer lifts it by itself.
 */
export const minorErasure: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("minor_report_matches")
      .addColumn("report_key", "text", (c) => c.notNull())
      .addColumn("customer_id", "text", (c) => c.notNull().references("customers.account_id").onDelete("cascade"))
      .addColumn("matched_by", "text", (c) => c.notNull())
      .addColumn("matched_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("minor_report_matches_key", ["report_key", "customer_id"])
      .execute();
    await db.schema.createIndex("minor_report_matches_customer").on("minor_report_matches").column("customer_id").execute();

    await db.schema
      .createTable("minor_report_outcomes")
      .addColumn("request_id", "text", (c) => c.primaryKey().references("privacy_requests.id").onDelete("cascade"))
      .addColumn("hold_ended_at", "text")
      .addColumn("hold_ended_because", "text", (c) => c.check(sql`hold_ended_because in ('erased', 'mistaken', 'closed')`))
      .addColumn("identifiers_removed_at", "text")
      .execute();

    await sql`
      insert into minor_report_outcomes (request_id, hold_ended_at, hold_ended_because, identifiers_removed_at)
      select id, closed_at, 'closed', null from privacy_requests
      where type = 'minor_report' and status = 'completed' and closed_at is not null
    `.execute(db);
  },
};
