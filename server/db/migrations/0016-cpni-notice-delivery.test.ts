import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateUpTo } from "../migrate";
import { ENGINES, testDatabaseFor } from "../testing/engines";

const NOW = "2026-11-20T00:00:00.000Z";

describe.each(ENGINES)("migration 0016 (how each CPNI notice went) on %s", (engine) => {
  const handle = testDatabaseFor(engine, { migratedUpTo: "0015-cpni-notices" });

  it("keeps the notices already sent as emailed ones, none of them returned", async () => {
    const { db } = handle;
    await db.insertInto("accounts").values({ id: "c1", email: "c1@example.com", passwordHash: "x", role: "customer", disabledAt: null, passwordChangedAt: NOW, createdAt: NOW }).execute();
    await db
      .insertInto("customers")
      .values({ accountId: "c1", fullName: "C One", streetAddress: "1 Main St", city: "Livingston", state: "NJ", postalCode: "07039", phone: "", dateOfBirth: "1980-01-01", createdAt: NOW, updatedAt: NOW })
      .execute();
    await (db as unknown as Kysely<{ cpniNotices: Record<string, unknown> }>)
      .insertInto("cpniNotices")
      .values({ customerId: "c1", sentAt: NOW, toAddress: "c1@example.com", emailId: null, noticeVersion: "2026-11-20", kind: "first" })
      .execute();

    await migrateUpTo(db as Kysely<unknown>, engine, null);

    expect(await db.selectFrom("cpniNotices").select(["method", "undeliverableAt", "recordedBy"]).execute()).toEqual([{ method: "email", undeliverableAt: null, recordedBy: null }]);
  });
});
