import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Database } from "@/server/db/schema";
import type { Engine } from "@/server/db/create-database";

/** A customer of the test's own (an account and its customer record), with the email and phone given. */
export async function insertTestCustomer(db: Kysely<Database>, options: { email?: string; phone?: string } = {}): Promise<string> {
  const id = `test-${randomUUID()}`;
  const now = "2026-11-20T00:00:00.000Z";
  await db
    .insertInto("accounts")
    .values({ id, email: options.email ?? `${id}@example.com`, passwordHash: "not-used", role: "customer", disabledAt: null, passwordChangedAt: now, createdAt: now })
    .execute();
  await db
    .insertInto("customers")
    .values({
      accountId: id,
      fullName: "Test Customer",
      streetAddress: "1 Main St",
      city: "Livingston",
      state: "NJ",
      postalCode: "07039",
      phone: options.phone ?? `+1 973 555 ${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`,
      dateOfBirth: "1980-01-01",
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return id;
}

/** The address whose outbox insert fails, once `breakOutboxFor` has run: a real database error, after the request's own insert. */
export const FAILING_ADDRESS = "outbox-fails@example.com";

export async function breakOutboxFor(db: Kysely<Database>, engine: Engine): Promise<void> {
  if (engine === "sqlite") {
    await sql`create trigger fail_outbox before insert on email_outbox when new.to_address = ${sql.lit(FAILING_ADDRESS)}
      begin select raise(abort, 'the outbox is unavailable'); end`.execute(db);
    return;
  }
  await sql`create function fail_outbox() returns trigger language plpgsql as $$
    begin
      if new.to_address = ${sql.lit(FAILING_ADDRESS)} then raise exception 'the outbox is unavailable'; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger fail_outbox before insert on email_outbox for each row execute function fail_outbox()`.execute(db);
}
