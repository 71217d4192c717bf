import { type Kysely, type Migration, sql } from "kysely";

/**
 * The day a request is due now: its answer day, or the extended one once the
 * one allowed extension is given. The queue sorts, pages and counts overdue
 * work by it, so it is a column of its own with an index (sorting by an
 * expression over two columns could not use one at 100,000 requests).
 */
export const requestDueOn: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("privacy_requests").addColumn("due_on", "text").execute();
    await sql`update privacy_requests set due_on = coalesce(extended_answer_by, answer_by)`.execute(db);
    await db.schema.dropIndex("privacy_requests_queue").execute();
    await db.schema.createIndex("privacy_requests_queue").on("privacy_requests").columns(["status", "urgent", "due_on"]).execute();
  },
};
