import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateUpTo } from "../migrate";
import type { PrivacyRequestType } from "../schema";
import { earlyRequestRow } from "../testing/early-request-row";
import { ENGINES, testDatabaseFor } from "../testing/engines";

const NOW = "2026-11-20T00:00:00.000Z";

describe.each(ENGINES)("migration 0010 (who made a request) on %s", (engine) => {
  const handle = testDatabaseFor(engine, { migratedUpTo: "0009-queue-order-index" });

  it("gives customers the requests they made from their account, and nobody the ones made without one", async () => {
    const { db } = handle;
    await db.insertInto("accounts").values({ id: "c1", email: "c1@example.com", passwordHash: "x", role: "customer", disabledAt: null, passwordChangedAt: NOW, createdAt: NOW }).execute();
    await db
      .insertInto("customers")
      .values({ accountId: "c1", fullName: "C One", streetAddress: "", city: "", state: "", postalCode: "", phone: "", dateOfBirth: "1980-01-01", createdAt: NOW, updatedAt: NOW })
      .execute();
    const insert = (id: string, type: PrivacyRequestType, customerId: string | null) =>
      db
        .insertInto("privacyRequests")
        // Only the columns that existed before 0010.
        .values(earlyRequestRow(id, { type, customerId }))
        .execute();
    await insert("access", "access", "c1");
    await insert("correction", "correction", "c1");
    await insert("deletion", "deletion", "c1");
    await insert("minor", "minor_report", "c1");
    await insert("california", "california_privacy_rights", null);

    await migrateUpTo(db as Kysely<unknown>, engine, null);

    const rows = await db.selectFrom("privacyRequests").select(["id", "customerId", "requestedByCustomerId"]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: "access", customerId: "c1", requestedByCustomerId: "c1" },
      { id: "california", customerId: null, requestedByCustomerId: null },
      { id: "correction", customerId: "c1", requestedByCustomerId: "c1" },
      { id: "deletion", customerId: "c1", requestedByCustomerId: "c1" },
      // It concerns c1, but c1 did not make it.
      { id: "minor", customerId: "c1", requestedByCustomerId: null },
    ]);
  });
});
