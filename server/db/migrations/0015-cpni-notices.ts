import type { Kysely, Migration } from "kysely";
import type { Engine } from "../create-database";

/**
 * CPNI notices and uses (47 CFR 64.2001 ff.).
 *
 * - `cpni_notices`: one row per notice of 47 CFR 64.2008(c) emailed to a
 *   customer (the first, and each renewal every two years, 64.2008(d)(2)),
 *   with the outbox email that carried it. The record of notification that
 *   64.2008(a)(2) requires to be kept at least one year; we keep it while the
 *   customer is. Opt-out approval is assumed only 30 days after a notice
 *   (64.2008(d)(1)), so `sent_at` is what the approval rule reads.
 * - `cpni_uses`: one row per use of a customer's CPNI for marketing, with the
 *   campaign, the CPNI used and what was offered: the record of 64.2009(c),
 *   kept at least one year.
 */
export const cpniNotices = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    const postgres = engine === "postgres";
    await db.schema
      .createTable("cpni_notices")
      .addColumn("id", postgres ? "serial" : "integer", (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("customer_id", "text", (c) => c.notNull().references("customers.account_id").onDelete("cascade"))
      .addColumn("sent_at", "text", (c) => c.notNull())
      .addColumn("to_address", "text", (c) => c.notNull())
      .addColumn("email_id", "text")
      .addColumn("notice_version", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("cpni_notices_customer_sent").on("cpni_notices").columns(["customer_id", "sent_at"]).execute();

    await db.schema
      .createTable("cpni_uses")
      .addColumn("id", postgres ? "serial" : "integer", (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("customer_id", "text", (c) => c.notNull().references("customers.account_id").onDelete("cascade"))
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("campaign", "text", (c) => c.notNull())
      .addColumn("cpni_used", "text", (c) => c.notNull())
      .addColumn("offered", "text", (c) => c.notNull())
      .addColumn("used_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("cpni_uses_customer").on("cpni_uses").columns(["customer_id", "used_at"]).execute();
  },
});
