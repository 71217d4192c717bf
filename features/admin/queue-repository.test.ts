import { beforeAll, describe, expect, it } from "vitest";
import { createRequest } from "@/features/requests/repository";
import type { TypedRequestDetails } from "@/lib/requests/request-details";
import { deadlinesFor, type RequestType } from "@/lib/requests/legal-deadlines";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { countDeadlines, listQueuePage, type QueueCursor } from "./queue-repository";

describe.each(ENGINES)("the administrator's queue on %s", (engine) => {
  const handle = testDatabaseFor(engine);

  const add = (reference: string, type: RequestType, receivedOn: string) =>
    handle.db.transaction().execute((trx) =>
      createRequest(
        trx,
        {
          reference,
          ...({ type, details: {} } as TypedRequestDetails),
          customerId: null,
          requestedByCustomerId: null,
          requesterName: `Requester ${reference}`,
          requesterEmail: null,
          requesterPostal: null,
          urgent: type === "minor_report",
          deadlines: deadlinesFor(type, receivedOn),
          idempotencyKey: null,
          receivedMessage: "Received.",
        },
        new Date(`${receivedOn}T12:00:00Z`),
      ),
    );

  beforeAll(async () => {
    await add("PR-OLD-ACCESS", "access", "2026-09-01"); // answer by 2026-10-16: overdue
    await add("PR-NEW-ACCESS", "access", "2026-11-25"); // answer by 2027-01-09
    await add("PR-CALIFORNIA", "california_privacy_rights", "2026-11-01"); // answer by 2026-12-01
    await add("PR-MINOR", "minor_report", "2026-11-27"); // urgent
    for (let i = 0; i < 7; i++) await add(`PR-BULK-${i}`, "deletion", "2026-11-10");
  });

  it("puts a minor's report first, then the nearest answer day", async () => {
    const { rows } = await listQueuePage(handle.db, {}, null, 4);
    expect(rows.map((row) => row.reference)).toEqual(["PR-MINOR", "PR-OLD-ACCESS", "PR-CALIFORNIA", rows[3]!.reference]);
    expect(rows[0]!.urgent).toBe(true);
  });

  it("pages through every request exactly once", async () => {
    const seen: string[] = [];
    let cursor: QueueCursor | null = null;
    do {
      const page: Awaited<ReturnType<typeof listQueuePage>> = await listQueuePage(handle.db, {}, cursor, 3);
      seen.push(...page.rows.map((row) => row.reference));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it("filters by type, status and due day", async () => {
    expect((await listQueuePage(handle.db, { type: "access" }, null)).rows.map((r) => r.reference)).toEqual(["PR-OLD-ACCESS", "PR-NEW-ACCESS"]);
    expect((await listQueuePage(handle.db, { dueBy: "2026-11-27" }, null)).rows.map((r) => r.reference)).toEqual(["PR-OLD-ACCESS"]);
    expect((await listQueuePage(handle.db, { status: "completed" }, null)).rows).toEqual([]);
  });

  it("counts overdue requests and those due within a week", async () => {
    expect(await countDeadlines(handle.db, "2026-11-28", "2026-12-05")).toEqual({ overdue: 1, dueThisWeek: 1 });
  });
});
