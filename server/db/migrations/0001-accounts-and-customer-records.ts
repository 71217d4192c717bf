import { type Kysely, sql } from "kysely";
import type { Migration } from "kysely";
import type { Engine } from "../create-database";

export const accountsAndCustomerRecords = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    const postgres = engine === "postgres";

    await db.schema
      .createTable("accounts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('customer', 'admin')`))
      .addColumn("disabled_at", "text")
      .addColumn("password_changed_at", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("customers")
      .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id").onDelete("cascade"))
      .addColumn("full_name", "text", (c) => c.notNull())
      .addColumn("street_address", "text", (c) => c.notNull())
      .addColumn("city", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("postal_code", "text", (c) => c.notNull())
      .addColumn("phone", "text", (c) => c.notNull())
      .addColumn("date_of_birth", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    const customerOwned = (table: string) =>
      db.schema
        .createTable(table)
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("customer_id", "text", (c) => c.notNull().references("customers.account_id").onDelete("cascade"));

    await customerOwned("sensitive_items")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("key_id", "text", (c) => c.notNull())
      .addColumn("ciphertext", "text", (c) => c.notNull())
      .addColumn("last_four", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("sensitive_items_customer_kind", ["customer_id", "kind"])
      .execute();

    await customerOwned("cpni_services")
      .addColumn("service_name", "text", (c) => c.notNull())
      .addColumn("plan", "text", (c) => c.notNull())
      .addColumn("started_on", "text", (c) => c.notNull())
      .addColumn("monthly_price_cents", "integer", (c) => c.notNull())
      .execute();

    await customerOwned("cpni_billing_periods")
      .addColumn("period", "text", (c) => c.notNull())
      .addColumn("amount_cents", "integer", (c) => c.notNull())
      .addColumn("minutes_used", "integer", (c) => c.notNull())
      .addColumn("messages_sent", "integer", (c) => c.notNull())
      .execute();

    await customerOwned("call_records")
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("direction", "text", (c) => c.notNull())
      .addColumn("other_party", "text", (c) => c.notNull())
      .addColumn("duration_seconds", "integer", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("call_records_customer").on("call_records").columns(["customer_id", "started_at"]).execute();

    await customerOwned("stored_communications")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("stored_at", "text", (c) => c.notNull())
      .addColumn("size_bytes", "integer", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("stored_communications_customer").on("stored_communications").columns(["customer_id", "kind"]).execute();

    await customerOwned("device_identifiers")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("value_hint", "text", (c) => c.notNull())
      .addColumn("first_seen_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("consent_records")
      .addColumn("id", postgres ? "serial" : "integer", (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("customer_id", "text", (c) => c.notNull().references("customers.account_id").onDelete("cascade"))
      .addColumn("choice_key", "text", (c) => c.notNull())
      .addColumn("old_value", "integer")
      .addColumn("new_value", "integer", (c) => c.notNull())
      .addColumn("method", "text", (c) => c.notNull())
      .addColumn("policy_version", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("consent_records_customer_choice").on("consent_records").columns(["customer_id", "choice_key", "id"]).execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema.createIndex("sessions_account").on("sessions").column("account_id").execute();

    await db.schema
      .createTable("password_reset_tokens")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      .execute();

    await db.schema
      .createTable("email_outbox")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("to_address", "text", (c) => c.notNull())
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("text_body", "text", (c) => c.notNull())
      .addColumn("headers_json", "text", (c) => c.notNull())
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("sent_at", "text")
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_error", "text")
      .addColumn("next_attempt_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("email_outbox_pending").on("email_outbox").columns(["sent_at", "next_attempt_at"]).execute();
  },
});
