import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateUpTo } from "../migrate";
import { ENGINES, testDatabaseFor } from "../testing/engines";

const NOW = "2026-11-20T00:00:00.000Z";

describe.each(ENGINES)("migration 0012 (how a request came in) on %s", (engine) => {
  const handle = testDatabaseFor(engine, { migratedUpTo: "0011-email-change-requests" });

  it("calls every earlier request 'online', and takes no channel the policy does not offer", async () => {
    const { db } = handle;
    await db
      .insertInto("privacyRequests")
      .values({
        id: "old",
        reference: "PR-OLD1-OLD1",
        type: "access",
        status: "received",
        customerId: null,
        requestedByCustomerId: null,
        requesterName: "Someone",
        requesterEmail: null,
        requesterPostalJson: null,
        detailsJson: "{}",
        urgent: 0,
        receivedAt: NOW,
        acknowledgeBy: "2026-12-04",
        answerBy: "2027-01-04",
        extendedAnswerBy: null,
        dueOn: "2027-01-04",
        idempotencyKey: "old",
        assignedTo: null,
        closedAt: null,
        updatedAt: NOW,
      })
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
