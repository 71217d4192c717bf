import "server-only";
import type { Kysely } from "kysely";
import { hashPassword } from "../../auth/password-hash";
import type { Database } from "../schema";
import { demoAdministrator, demoCustomers } from "./demo-people";

/**
 * Fills an empty database with the demo's customers and Privacy Administrator.
 * Does nothing when any account exists, so a restart never duplicates them.
 */
export async function seedDemoData(db: Kysely<Database>, now = new Date()): Promise<boolean> {
  const existing = await db.selectFrom("accounts").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  const timestamp = now.toISOString();
  const hashes = await Promise.all([...demoCustomers.map((c) => hashPassword(c.password)), hashPassword(demoAdministrator.password)]);

  await db.transaction().execute(async (trx) => {
    for (const [index, customer] of demoCustomers.entries()) {
      await trx
        .insertInto("accounts")
        .values({ id: customer.id, email: customer.email, passwordHash: hashes[index]!, role: "customer", disabledAt: null, passwordChangedAt: timestamp, createdAt: timestamp })
        .execute();
      await trx
        .insertInto("customers")
        .values({
          accountId: customer.id,
          fullName: customer.fullName,
          streetAddress: customer.streetAddress,
          city: customer.city,
          state: customer.state,
          postalCode: customer.postalCode,
          phone: customer.phone,
          dateOfBirth: customer.dateOfBirth,
          createdAt: timestamp,
          updatedAt: timestamp,
        })
        .execute();
    }
    await trx
      .insertInto("accounts")
      .values({ id: demoAdministrator.id, email: demoAdministrator.email, passwordHash: hashes.at(-1)!, role: "admin", disabledAt: null, passwordChangedAt: timestamp, createdAt: timestamp })
      .execute();
  });
  return true;
}
