import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateUpTo } from "../migrate";
import type { PrivacyRequestStatus } from "../schema";
import { earlyRequestRow } from "../testing/early-request-row";
import { ENGINES, testDatabaseFor } from "../testing/engines";

describe.each(ENGINES)("migration 0014 (a minor's data erased) on %s", (engine) => {
  const handle = testDatabaseFor(engine, { migratedUpTo: "0013-request-export-parts" });

  it("ends the hold of minor's reports already completed, and keeps it for denied and open ones", async () => {
    const { db } = handle;
    const insert = (id: string, status: PrivacyRequestStatus, closedAt: string | null) =>
      db
        .insertInto("privacyRequests")
        .values({ ...earlyRequestRow(id, { type: "minor_report", status, urgent: 1, requesterName: "A parent", answerBy: "2026-12-20", closedAt }), requestedByCustomerId: null })
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
