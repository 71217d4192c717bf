import { type Kysely, type Migration, sql } from "kysely";

/**
 * An access request's copy, stored in sealed parts (docs/decisions/0014). The
 * copy now holds every record the customer has, which for years of call
 * records is many megabytes: sealed as one value it had to be built, sealed,
 * stored and opened whole in memory. Each part is sealed on its own with the
 * SensitiveCipher, so the copy is written and downloaded one part at a time.
 *
 * `request_exports` keeps what describes the copy (when, its file name) and
 * how many parts it has, so a copy missing a part is never sent as if whole.
 * A copy made before this migration becomes a copy of one part, unchanged.
 *
 * Also: the copy lists the email queued to the customer's address, which
 * needs an index by address (the outbox is otherwise read by what is due).
 */
export const requestExportParts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("request_export_parts")
      .addColumn("request_id", "text", (c) => c.notNull().references("request_exports.request_id").onDelete("cascade"))
      .addColumn("part", "integer", (c) => c.notNull())
      .addColumn("key_id", "text", (c) => c.notNull())
      .addColumn("ciphertext", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("request_export_parts_pk", ["request_id", "part"])
      .execute();
    await db.schema.alterTable("request_exports").addColumn("part_count", "integer", (c) => c.notNull().defaultTo(0)).execute();
    await sql`insert into request_export_parts (request_id, part, key_id, ciphertext) select request_id, 0, key_id, ciphertext from request_exports`.execute(db);
    await sql`update request_exports set part_count = 1`.execute(db);
    // One column per statement: SQLite alters one at a time.
    await db.schema.alterTable("request_exports").dropColumn("ciphertext").execute();
    await db.schema.alterTable("request_exports").dropColumn("key_id").execute();

    await db.schema.createIndex("email_outbox_recipient").on("email_outbox").columns(["to_address", "created_at", "id"]).execute();
  },
};
