import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";

/** Inserts an account with a customer record, enough for consent records to refer to. */
export async function createTestCustomer(db: Kysely<Database>, id: string): Promise<string> {
  const now = "2026-11-20T00:00:00.000Z";
  await db.insertInto("accounts").values({ id, email: `${id}@example.com`, passwordHash: "not-used", role: "customer", disabledAt: null, passwordChangedAt: now, createdAt: now }).execute();
  await db
    .insertInto("customers")
    .values({ accountId: id, fullName: "Test Customer", streetAddress: "1 Main St", city: "Livingston", state: "NJ", postalCode: "07039", phone: "555-0100", dateOfBirth: "1980-01-01", createdAt: now, updatedAt: now })
    .execute();
  return id;
}
