import { describe, expect, it } from "vitest";
import { ENGINES, testDatabaseFor } from "./testing/engines";

describe.each(ENGINES)("the database on %s", (engine) => {
  const handle = testDatabaseFor(engine);

  it("is migrated, and enforces foreign keys", async () => {
    const { db } = handle;
    await expect(
      db.insertInto("customers").values({
        accountId: "nobody",
        fullName: "X",
        streetAddress: "",
        city: "",
        state: "",
        postalCode: "",
        phone: "",
        dateOfBirth: "2000-01-01",
        createdAt: "2026-01-01T00:00:00.000Z",
        updatedAt: "2026-01-01T00:00:00.000Z",
      }).execute(),
    ).rejects.toThrow(/foreign key/i);
  });

  it("rolls a failed transaction back whole", async () => {
    const { db } = handle;
    const now = new Date().toISOString();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("accounts").values({ id: "a1", email: "a@example.com", passwordHash: "x", role: "customer", disabledAt: null, passwordChangedAt: now, createdAt: now }).execute();
        await trx.insertInto("accounts").values({ id: "a2", email: "a@example.com", passwordHash: "x", role: "customer", disabledAt: null, passwordChangedAt: now, createdAt: now }).execute();
      }),
    ).rejects.toThrow();
    expect(await db.selectFrom("accounts").select("id").execute()).toEqual([]);
  });
});
