import type { Kysely, Migration } from "kysely";

/**
 * Telling customers when the policy changes.
 *
 * - `policy_announcements`: one row per version being announced; `completed_at`
 *   is set once every customer has been handled, so later runs skip it.
 * - `policy_notices`: one row per version and customer whose notice email was
 *   queued. Its primary key is what makes the notice once-only: a batch inserts
 *   the rows and queues the emails in one transaction, and a row that already
 *   exists (another instance, or a run before a crash) queues nothing.
 * - `policy_views`: the version each customer last saw (dismissing the
 *   dashboard's banner), so the banner shows the changes since then.
 */
export const policyNotices: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("policy_announcements")
      .addColumn("version_id", "text", (c) => c.primaryKey())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("completed_at", "text")
      .execute();

    await db.schema
      .createTable("policy_notices")
      .addColumn("version_id", "text", (c) => c.notNull())
      .addColumn("customer_id", "text", (c) => c.notNull().references("customers.account_id").onDelete("cascade"))
      .addColumn("queued_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("policy_notices_pk", ["version_id", "customer_id"])
      .execute();

    await db.schema
      .createTable("policy_views")
      .addColumn("customer_id", "text", (c) => c.primaryKey().references("customers.account_id").onDelete("cascade"))
      .addColumn("version_id", "text", (c) => c.notNull())
      .addColumn("seen_at", "text", (c) => c.notNull())
      .execute();
  },
};
