import { type Kysely, type Migration, sql } from "kysely";

/**
 * Who made a request, apart from whom it concerns. `customer_id` is the
 * customer a request concerns (a minor's report sets it to the matched
 * account); `requested_by_customer_id` is the customer who made it from their
 * account, and is null for everything made without one (a minor's report, a
 * California Privacy Rights request). A customer's own pages read by "made
 * by" only, so a report about someone is never shown to them as theirs.
 *
 * Until now only a signed-in customer made access, correction and deletion
 * requests (features/customer-requests, and the date-of-birth correction in
 * features/dashboard), always about themselves, so those rows are theirs.
 *
 * Set null, not cascaded, when the customer record goes, like `customer_id`:
 * the request is the proof that the company answered.
 */
export const requestMadeBy: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("privacy_requests")
      .addColumn("requested_by_customer_id", "text", (c) => c.references("customers.account_id").onDelete("set null"))
      .execute();
    await sql`update privacy_requests set requested_by_customer_id = customer_id where type in ('access', 'correction', 'deletion')`.execute(db);
    // "Your requests", newest first, for one customer.
    await db.schema.createIndex("privacy_requests_requested_by").on("privacy_requests").columns(["requested_by_customer_id", "received_at"]).execute();
  },
};
