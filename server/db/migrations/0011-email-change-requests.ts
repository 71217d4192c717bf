import type { Kysely, Migration } from "kysely";

/**
 * A customer's pending change of email address (features/account-security):
 * the new address becomes the account's only when the link emailed to it is
 * opened, so an address is proved before it is used. Like a password reset
 * token, only the SHA-256 of the link's token is kept, so a copy of the
 * database confirms nothing. `used_at` makes the link single-use; a newer
 * request, or a confirmed one, sets it on the account's other rows too.
 */
export const emailChangeRequests: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("email_change_requests")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("new_email", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      .execute();
    await db.schema.createIndex("email_change_requests_account").on("email_change_requests").column("account_id").execute();
  },
};
