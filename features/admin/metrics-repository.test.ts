import { beforeAll, describe, expect, it } from "vitest";
import type { PrivacyRequestStatus, PrivacyRequestType } from "@/server/db/schema";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { countRequestsByTypeAndStatus, loadRequestMetrics } from "./metrics-repository";
import { resolveMetricsYear } from "./metrics-schemas";

describe.each(ENGINES)("the yearly request metrics on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let sequence = 0;

  const add = (type: PrivacyRequestType, status: PrivacyRequestStatus, receivedAt: string, closedAt: string | null = null) => {
    sequence += 1;
    return handle.db
      .insertInto("privacyRequests")
      .values({
        id: `metrics-${sequence}`,
        reference: `PR-METRICS-${sequence}`,
        type,
        status,
        requesterName: `Requester ${sequence}`,
        detailsJson: "{}",
        urgent: type === "minor_report" ? 1 : 0,
        receivedAt,
        acknowledgeBy: receivedAt.slice(0, 10),
        answerBy: receivedAt.slice(0, 10),
        dueOn: receivedAt.slice(0, 10),
        closedAt,
        updatedAt: closedAt ?? receivedAt,
      })
      .execute();
  };

  beforeAll(async () => {
    // 2025, access: answered in 10, 20 and 45 days (odd count: median 20), one still open.
    await add("access", "completed", "2025-01-05T09:00:00.000Z", "2025-01-15T17:00:00.000Z");
    await add("access", "completed", "2025-02-01T23:59:00.000Z", "2025-02-21T00:01:00.000Z");
    await add("access", "denied", "2025-03-01T12:00:00.000Z", "2025-04-15T12:00:00.000Z");
    await add("access", "verified", "2025-12-20T12:00:00.000Z");
    // 2025, deletion: answered in 5 and 8 days (even count: median 6.5), two still open.
    await add("deletion", "completed", "2025-06-10T08:00:00.000Z", "2025-06-15T08:00:00.000Z");
    await add("deletion", "completed", "2025-06-11T08:00:00.000Z", "2025-06-19T08:00:00.000Z");
    await add("deletion", "in_progress", "2025-11-01T08:00:00.000Z");
    await add("deletion", "extended", "2025-10-01T08:00:00.000Z");
    // 2025, correction: only one, not answered yet.
    await add("correction", "received", "2025-12-31T23:59:59.999Z");
    // 2025, a minor's report received late on New Year's Eve, answered 26 hours later: two calendar days, across the year.
    await add("minor_report", "completed", "2025-12-31T23:00:00.000Z", "2026-01-02T01:00:00.000Z");
    // Other years, which the 2025 figures must leave out: 2024 (crossing February 29) and 2026.
    await add("access", "completed", "2024-02-28T10:00:00.000Z", "2024-03-01T10:00:00.000Z");
    await add("access", "completed", "2024-12-31T23:59:59.999Z", "2025-01-03T10:00:00.000Z");
    await add("california_privacy_rights", "denied", "2026-01-01T00:00:00.000Z", "2026-01-20T00:00:00.000Z");
  });

  it("counts requests by type and status, in SQL, for the chosen year only", async () => {
    const counts = await countRequestsByTypeAndStatus(handle.db, { from: "2025-01-01", to: "2026-01-01" });
    const byKey = Object.fromEntries(counts.map((row) => [`${row.type}/${row.status}`, [row.requests, row.closed]]));
    expect(byKey).toEqual({
      "access/completed": [2, 2],
      "access/denied": [1, 1],
      "access/verified": [1, 0],
      "deletion/completed": [2, 2],
      "deletion/in_progress": [1, 0],
      "deletion/extended": [1, 0],
      "correction/received": [1, 0],
      "minor_report/completed": [1, 1],
    });
  });

  it("tallies each type, with medians over odd and even counts, and a total", async () => {
    const metrics = await loadRequestMetrics(handle.db, 2025);
    expect(metrics.year).toBe(2025);
    expect(metrics.byType).toEqual([
      { type: "access", received: 4, completed: 2, denied: 1, open: 1, medianDaysToAnswer: 20 },
      { type: "deletion", received: 4, completed: 2, denied: 0, open: 2, medianDaysToAnswer: 6.5 },
      { type: "correction", received: 1, completed: 0, denied: 0, open: 1, medianDaysToAnswer: null },
      { type: "california_privacy_rights", received: 0, completed: 0, denied: 0, open: 0, medianDaysToAnswer: null },
      { type: "minor_report", received: 1, completed: 1, denied: 0, open: 0, medianDaysToAnswer: 2 },
    ]);
    // Closed in 2, 5, 8, 10, 20 and 45 days: the median is between 8 and 10.
    expect(metrics.total).toEqual({ received: 10, completed: 5, denied: 1, open: 4, medianDaysToAnswer: 9 });
  });

  it("counts calendar days across a leap day and a year's end", async () => {
    const metrics = await loadRequestMetrics(handle.db, 2024);
    expect(metrics.byType.find((row) => row.type === "access")).toEqual({ type: "access", received: 2, completed: 2, denied: 0, open: 0, medianDaysToAnswer: 2.5 });
    expect(metrics.total.medianDaysToAnswer).toBe(2.5);
  });

  it("shows an empty year as zeros with no median", async () => {
    const metrics = await loadRequestMetrics(handle.db, 2023);
    expect(metrics.byType.map((row) => row.type)).toEqual(["access", "deletion", "correction", "california_privacy_rights", "minor_report"]);
    for (const row of [...metrics.byType, metrics.total]) {
      expect(row).toMatchObject({ received: 0, completed: 0, denied: 0, open: 0, medianDaysToAnswer: null });
    }
  });
});

describe("the metrics page's year", () => {
  const now = new Date("2026-05-01T12:00:00Z");

  it("defaults to the current UTC year", () => {
    expect(resolveMetricsYear({}, now)).toEqual({ year: 2026, problem: null });
    expect(resolveMetricsYear({ year: "" }, now)).toEqual({ year: 2026, problem: null });
    expect(resolveMetricsYear({}, new Date("2026-12-31T23:30:00-05:00"))).toEqual({ year: 2027, problem: null });
  });

  it("takes a year from 2020 to the current one", () => {
    expect(resolveMetricsYear({ year: "2020" }, now)).toEqual({ year: 2020, problem: null });
    expect(resolveMetricsYear({ year: "2025" }, now)).toEqual({ year: 2025, problem: null });
  });

  it.each([["abcd"], ["20255"], ["2019"], ["2027"], ["2025.0"], [["2024", "2025"]]])("shows the current year, with a message, for %j", (year) => {
    const resolved = resolveMetricsYear({ year }, now);
    expect(resolved.year).toBe(2026);
    expect(resolved.problem).toMatch(/only for the years 2020 to 2026/);
  });
});
