import "server-only";
import type { Kysely } from "kysely";
import { hashPassword } from "../../auth/password-hash";
import { createSensitiveCipher } from "../../crypto/sensitive-cipher";
import { readSecrets } from "../../env";
import type { Database } from "../schema";
import { type DemoCustomer, demoAdministrator, demoCustomers } from "./demo-people";
import { buildDemoRecords } from "./demo-records";

/**
 * Fills an empty database with the demo's customers and Privacy Administrator.
 * Does nothing when any account exists, so a restart never duplicates them.
 *
 * Each customer gets records in every category the dashboard shows. Sensitive
 * values are sealed with the current encryption key. Call records keep only
 * the last four digits of the other party's number: the center exists to show
 * customers what is held about them, and the full number belongs to someone
 * else; the complete call detail stays in the billing system, reachable by an
 * access request.
 */
export async function seedDemoData(db: Kysely<Database>, now = new Date(), options: { encryptionKeys?: string } = {}): Promise<boolean> {
  const existing = await db.selectFrom("accounts").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  const timestamp = now.toISOString();
  const cipher = createSensitiveCipher(options.encryptionKeys ?? readSecrets().encryptionKeys);
  const hashes = await Promise.all([...demoCustomers.map((c) => hashPassword(c.password)), hashPassword(demoAdministrator.password)]);

  await db.transaction().execute(async (trx) => {
    for (const [index, customer] of demoCustomers.entries()) {
      // A customer since their first service: so each has lived under the earlier policy, and the dashboard tells them what changed.
      const customerSince = firstServiceMonth(customer, now);
      await trx
        .insertInto("accounts")
        .values({ id: customer.id, email: customer.email, passwordHash: hashes[index]!, role: "customer", disabledAt: null, passwordChangedAt: timestamp, createdAt: customerSince })
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
          createdAt: customerSince,
          updatedAt: timestamp,
        })
        .execute();

      const records = buildDemoRecords(customer, now, (plaintext) => cipher.seal(plaintext));
      await trx.insertInto("sensitiveItems").values(records.sensitiveItems).execute();
      await trx.insertInto("cpniServices").values(records.cpniServices).execute();
      await trx.insertInto("cpniBillingPeriods").values(records.billingPeriods).execute();
      await trx.insertInto("callRecords").values(records.callRecords).execute();
      await trx.insertInto("storedCommunications").values(records.storedCommunications).execute();
      await trx.insertInto("deviceIdentifiers").values(records.deviceIdentifiers).execute();
    }
    await trx
      .insertInto("accounts")
      .values({ id: demoAdministrator.id, email: demoAdministrator.email, passwordHash: hashes.at(-1)!, role: "admin", disabledAt: null, passwordChangedAt: timestamp, createdAt: timestamp })
      .execute();
  });
  return true;
}

/** The first day of the month the customer's oldest service started. */
function firstServiceMonth(customer: DemoCustomer, now: Date): string {
  const monthsAgo = Math.max(0, ...customer.services.map((service) => service.startedMonthsAgo));
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString();
}
