import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateUpTo } from "../migrate";
import type { PrivacyRequestStatus } from "../schema";
import { ENGINES, testDatabaseFor } from "../testing/engines";

const NOW = "2026-11-20T00:00:00.000Z";

describe.each(ENGINES)("migration 0014 (a minor's data erased) on %s", (engine) => {
  const handle = testDatabaseFor(engine, { migratedUpTo: "0013-request-export-parts" });

  it("ends the hold of minor's reports already completed, and keeps it for denied and open ones", async () => {
    const { db } = handle;
    const insert = (id: string, status: PrivacyRequestStatus, closedAt: string | null) =>
      db
        .insertInto("privacyRequests")
        .values({
          id,
          reference: `PR-${id}`,
          type: "minor_report",
          status,
          customerId: null,
          requestedByCustomerId: null,
          requesterName: "A parent",
          requesterEmail: null,
          requesterPostalJson: null,
          detailsJson: "{}",
          urgent: 1,
          receivedAt: NOW,
          acknowledgeBy: "2026-12-04",
          answerBy: "2026-12-20",
          extendedAnswerBy: null,
          dueOn: "2026-12-20",
          idempotencyKey: id,
          assignedTo: null,
          closedAt,
          updatedAt: NOW,
        })
        .execute();
    await insert("completed", "completed", "2026-11-25T10:00:00.000Z");
    await insert("denied", "denied", "2026-11-26T10:00:00.000Z");
    await insert("open", "received", null);

    await migrateUpTo(db as Kysely<unknown>, engine, null);

    expect(await db.selectFrom("minorReportOutcomes").selectAll().execute()).toEqual([
      { requestId: "completed", holdEndedAt: "2026-11-25T10:00:00.000Z", holdEndedBecause: "closed", identifiersRemovedAt: null },
    ]);
  });
});
