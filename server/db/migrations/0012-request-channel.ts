import { type Kysely, type Migration, sql } from "kysely";

/**
 * How a request came in. Until now every request was made through one of the
 * center's forms ("online"). The policy also takes requests by email
 * (legal@phone.com) and by post (Phone.com, 184 South Livingston Avenue, Suite
 * 9-222, Livingston, NJ 07039, Attn: Privacy Administrator), and the Privacy
 * Administrator records those in the console (features/admin intake). For
 * those:
 * - `received_at` is when the letter or email reached the company (the legal
 *   clocks run from that day, 11 CCR §7021(b)), and `recorded_at` when staff
 *   entered it, by `recorded_by`;
 * - `asked_text` is what the requester asked, as transcribed;
 * - `enclosures` notes what came with it (no file is kept).
 * Every row written before this one came through the center: "online".
 */
export const requestChannel: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("privacy_requests")
      .addColumn("channel", "text", (c) => c.notNull().defaultTo("online").check(sql`channel in ('online', 'email', 'post')`))
      .execute();
    await db.schema.alterTable("privacy_requests").addColumn("recorded_at", "text").execute();
    await db.schema
      .alterTable("privacy_requests")
      .addColumn("recorded_by", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .execute();
    await db.schema.alterTable("privacy_requests").addColumn("asked_text", "text").execute();
    await db.schema.alterTable("privacy_requests").addColumn("enclosures", "text").execute();
  },
};
