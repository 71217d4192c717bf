import type { Kysely, Migration } from "kysely";

/**
 * The copy of a customer's information that answers an access request, made
 * when the request is completed so the customer downloads exactly what was
 * answered, whatever changes later. It holds personal data, so it is stored
 * sealed with the SensitiveCipher (`key_id` names the key, for rotation).
 * One per request; it goes with the request.
 */
export const requestExports: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("request_exports")
      .addColumn("request_id", "text", (c) => c.primaryKey().references("privacy_requests.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("key_id", "text", (c) => c.notNull())
      .addColumn("ciphertext", "text", (c) => c.notNull())
      .addColumn("file_name", "text", (c) => c.notNull())
      .execute();
  },
};
