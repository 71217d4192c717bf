import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateUpTo } from "../migrate";
import { ENGINES, testDatabaseFor } from "../testing/engines";

const NOW = "2026-11-20T00:00:00.000Z";

describe.each(ENGINES)("migration 0017 (the outbox's priority) on %s", (engine) => {
  const handle = testDatabaseFor(engine, { migratedUpTo: "0016-cpni-notice-delivery" });

  it("puts the unsent promotions last and the unsent notice runs after everything else", async () => {
    const { db } = handle;
    const early = db as unknown as Kysely<{ emailOutbox: Record<string, unknown>; cpniNotices: Record<string, unknown> }>;
    const row = (id: string, subject: string, category: string, sentAt: string | null = null) => ({
      id, toAddress: `${id}@example.com`, subject, textBody: "Body", headersJson: "{}", category, createdAt: NOW, sentAt, attempts: 0, lastError: null, nextAttemptAt: NOW,
    });
    await early
      .insertInto("emailOutbox")
      .values([
        row("reset", "Reset your password", "transactional"),
        row("offer", "An offer", "promotional"),
        row("policy", "Our privacy policy changes on 1 January 2027", "transactional"),
        row("cpni", "Notice of your rights over your CPNI (Customer Proprietary Network Information)", "transactional"),
        row("sent-offer", "An offer", "promotional", NOW),
      ])
      .execute();
    await db.insertInto("accounts").values({ id: "c1", email: "c1@example.com", passwordHash: "x", role: "customer", disabledAt: null, passwordChangedAt: NOW, createdAt: NOW }).execute();
    await db
      .insertInto("customers")
      .values({ accountId: "c1", fullName: "C One", streetAddress: "1 Main St", city: "Livingston", state: "NJ", postalCode: "07039", phone: "", dateOfBirth: "1980-01-01", createdAt: NOW, updatedAt: NOW })
      .execute();
    await early.insertInto("cpniNotices").values({ customerId: "c1", sentAt: NOW, toAddress: "c1@example.com", emailId: "cpni", noticeVersion: "2026-11-20", kind: "first" }).execute();

    await migrateUpTo(db as Kysely<unknown>, engine, null);

    const priorities = await db.selectFrom("emailOutbox").select(["id", "priority"]).orderBy("id").execute();
    expect(Object.fromEntries(priorities.map((each) => [each.id, each.priority]))).toEqual({ cpni: 1, offer: 2, policy: 1, reset: 0, "sent-offer": 0 });
  });
});
