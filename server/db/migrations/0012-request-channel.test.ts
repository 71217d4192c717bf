import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateUpTo } from "../migrate";
import { earlyRequestRow } from "../testing/early-request-row";
import { ENGINES, testDatabaseFor } from "../testing/engines";

describe.each(ENGINES)("migration 0012 (how a request came in) on %s", (engine) => {
  const handle = testDatabaseFor(engine, { migratedUpTo: "0011-email-change-requests" });

  it("calls every earlier request 'online', and takes no channel the policy does not offer", async () => {
    const { db } = handle;
    await db
      .insertInto("privacyRequests")
      .values({ ...earlyRequestRow("old"), requestedByCustomerId: null })
      .execute();

    await migrateUpTo(db as Kysely<unknown>, engine, null);

    const row = await db.selectFrom("privacyRequests").select(["channel", "recordedAt", "recordedBy", "askedText", "enclosures"]).where("id", "=", "old").executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: "online", recordedAt: null, recordedBy: null, askedText: null, enclosures: null });
    await expect(
      db
        .updateTable("privacyRequests")
        .set({ channel: "phone" as "post" })
        .where("id", "=", "old")
        .execute(),
    ).rejects.toThrow();
  });
});
