import { type Kysely, type Migration, sql } from "kysely";
import type { Engine } from "../create-database";

/**
 * Every privacy request and report (access, correction, deletion, California
 * Privacy Rights, a minor's data) and its timeline.
 *
 * - `customer_id` is set null, not cascaded, when a customer record goes: the
 *   request is the proof that the company answered, and outlives the data.
 * - `reference` is what people quote; `idempotency_key` makes a double submit
 *   one row (unique, so even two submits racing each other make one).
 * - `request_events` ids increase, so a timeline sorts by id even when two
 *   events share a timestamp.
 */
export const privacyRequests = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    const postgres = engine === "postgres";

    await db.schema
      .createTable("privacy_requests")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("reference", "text", (c) => c.notNull().unique())
      .addColumn("type", "text", (c) =>
        c.notNull().check(sql`type in ('access', 'correction', 'deletion', 'california_privacy_rights', 'minor_report')`),
      )
      .addColumn("status", "text", (c) =>
        c.notNull().check(sql`status in ('received', 'verified', 'in_progress', 'extended', 'completed', 'denied')`),
      )
      .addColumn("customer_id", "text", (c) => c.references("customers.account_id").onDelete("set null"))
      .addColumn("requester_name", "text", (c) => c.notNull())
      .addColumn("requester_email", "text")
      .addColumn("requester_postal_json", "text")
      .addColumn("details_json", "text", (c) => c.notNull())
      .addColumn("urgent", "integer", (c) => c.notNull().defaultTo(0).check(sql`urgent in (0, 1)`))
      .addColumn("received_at", "text", (c) => c.notNull())
      .addColumn("acknowledge_by", "text", (c) => c.notNull())
      .addColumn("answer_by", "text", (c) => c.notNull())
      .addColumn("extended_answer_by", "text")
      .addColumn("idempotency_key", "text", (c) => c.unique())
      .addColumn("assigned_to", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("closed_at", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    // The administrator's queue: open work first, urgent first, soonest due first.
    await db.schema.createIndex("privacy_requests_queue").on("privacy_requests").columns(["status", "urgent", "answer_by"]).execute();
    await db.schema.createIndex("privacy_requests_customer").on("privacy_requests").columns(["customer_id", "received_at"]).execute();

    await db.schema
      .createTable("request_events")
      .addColumn("id", postgres ? "serial" : "integer", (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("request_id", "text", (c) => c.notNull().references("privacy_requests.id").onDelete("cascade"))
      .addColumn("occurred_at", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) =>
        c.notNull().check(sql`kind in ('received', 'verified', 'in_progress', 'extended', 'completed', 'denied', 'note', 'assigned')`),
      )
      .addColumn("actor_account_id", "text")
      .addColumn("visible_to_requester", "integer", (c) => c.notNull().defaultTo(0).check(sql`visible_to_requester in (0, 1)`))
      .addColumn("message", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("request_events_request").on("request_events").columns(["request_id", "id"]).execute();
  },
});
