import type { Kysely, Migration } from "kysely";

/**
 * A random, meaningless id per customer for links in email (one-click
 * unsubscribe): the link names the recipient without naming the customer, and
 * the id leads back to the customer only through this table. Made the first
 * time a promotional email is written for the customer.
 */
export const mailRecipients: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("mail_recipients")
      .addColumn("recipient_id", "text", (c) => c.primaryKey())
      .addColumn("customer_id", "text", (c) => c.notNull().unique().references("customers.account_id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
  },
};
