import { type Kysely, type Migration, sql } from "kysely";
import type { Engine } from "../create-database";

/**
 * The audit log: append-only, each entry chained to the one before by a hash.
 * `audit_chain_head` holds the last sequence number and hash; appending updates
 * it first, which locks the row until commit, so concurrent appenders take turns
 * on PostgreSQL as they do on SQLite.
 */
export const auditLog = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("audit_log")
      .addColumn("sequence", "integer", (c) => c.primaryKey())
      .addColumn("occurred_at", "text", (c) => c.notNull())
      .addColumn("actor_account_id", "text")
      .addColumn("actor_role", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("customer_id", "text")
      .addColumn("subject", "text")
      .addColumn("details_json", "text", (c) => c.notNull())
      .addColumn("previous_hash", "text", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull().unique())
      .execute();
    await db.schema.createIndex("audit_log_customer").on("audit_log").columns(["customer_id", "sequence"]).execute();
    await db.schema.createIndex("audit_log_actor").on("audit_log").columns(["actor_account_id", "sequence"]).execute();

    await db.schema
      .createTable("audit_chain_head")
      .addColumn("id", "integer", (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn("last_sequence", "integer", (c) => c.notNull())
      .addColumn("last_hash", "text", (c) => c.notNull())
      .execute();
    await sql`insert into audit_chain_head (id, last_sequence, last_hash) values (1, 0, ${"0".repeat(64)})`.execute(db);
    if (engine === "postgres") {
      // Append-only in the database itself, not only by convention.
      await sql`create rule audit_log_no_update as on update to audit_log do instead nothing`.execute(db);
      await sql`create rule audit_log_no_delete as on delete to audit_log do instead nothing`.execute(db);
    } else {
      await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
      await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
    }
  },
});
