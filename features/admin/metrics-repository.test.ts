import { beforeAll, describe, expect, it } from "vitest";
import type { PrivacyRequestStatus, PrivacyRequestType } from "@/server/db/schema";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { countRequestsByTypeAndStatus, loadRequestMetrics, yearIn } from "./metrics-repository";
import { resolveMetricsYear } from "./metrics-schemas";

/** The legal clocks' zone (decision 0015): every day below is a day in New York, where a UTC evening is still the same day. */
const ZONE = "America/New_York";

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
    // 2025, access: answered in 10, 19 and 45 days (odd count: median 19), one still open.
    await add("access", "completed", "2025-01-05T09:00:00.000Z", "2025-01-15T17:00:00.000Z");
    // Received at 6:59 pm on February 1 in New York, answered at 7:01 pm on February 20: 19 days (20 in UTC).
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
    // 2025, a minor's report received at 6 pm on New Year's Eve, answered at 8 pm on January 1: one calendar day in New York (two in UTC).
    await add("minor_report", "completed", "2025-12-31T23:00:00.000Z", "2026-01-02T01:00:00.000Z");
    // 2025 still: 11:59 pm on December 31 in New York is already 2026 in UTC. Denied on January 19: 19 days.
    await add("california_privacy_rights", "denied", "2026-01-01T04:59:00.000Z", "2026-01-20T00:00:00.000Z");
    // Other years, which the 2025 figures must leave out: 2024 (crossing February 29), and 2026 from midnight in New York.
    await add("access", "completed", "2024-02-28T10:00:00.000Z", "2024-03-01T10:00:00.000Z");
    await add("access", "completed", "2024-12-31T23:59:59.999Z", "2025-01-03T10:00:00.000Z");
    await add("access", "completed", "2026-01-01T05:00:00.000Z", "2026-01-02T05:00:00.000Z");
  });

  it("counts requests by type and status, in SQL, for the chosen year in New York only", async () => {
    const counts = await countRequestsByTypeAndStatus(handle.db, yearIn(ZONE, 2025));
    const byKey = Object.fromEntries(counts.map((row) => [`${row.type}/${row.status}`, row.requests]));
    expect(byKey).toEqual({
      "access/completed": 2,
      "access/denied": 1,
      "access/verified": 1,
      "deletion/completed": 2,
      "deletion/in_progress": 1,
      "deletion/extended": 1,
      "correction/received": 1,
      "california_privacy_rights/denied": 1,
      "minor_report/completed": 1,
    });
  });

  it("tallies each type, with medians over odd and even counts, and a total", async () => {
    const metrics = await loadRequestMetrics(handle.db, 2025, ZONE);
    expect(metrics.year).toBe(2025);
    expect(metrics.byType).toEqual([
      { type: "access", received: 4, completed: 2, denied: 1, open: 1, medianDaysToAnswer: 19 },
      { type: "deletion", received: 4, completed: 2, denied: 0, open: 2, medianDaysToAnswer: 6.5 },
      { type: "correction", received: 1, completed: 0, denied: 0, open: 1, medianDaysToAnswer: null },
      { type: "california_privacy_rights", received: 1, completed: 0, denied: 1, open: 0, medianDaysToAnswer: 19 },
      { type: "minor_report", received: 1, completed: 1, denied: 0, open: 0, medianDaysToAnswer: 1 },
    ]);
    // Closed in 1, 5, 8, 10, 19, 19 and 45 days: the median is 10.
    expect(metrics.total).toEqual({ received: 11, completed: 5, denied: 2, open: 4, medianDaysToAnswer: 10 });
  });

  it("counts calendar days across a leap day and a year's end", async () => {
    const metrics = await loadRequestMetrics(handle.db, 2024, ZONE);
    expect(metrics.byType.find((row) => row.type === "access")).toEqual({ type: "access", received: 2, completed: 2, denied: 0, open: 0, medianDaysToAnswer: 2.5 });
    expect(metrics.total.medianDaysToAnswer).toBe(2.5);
  });

  it("shows an empty year as zeros with no median", async () => {
    const metrics = await loadRequestMetrics(handle.db, 2023, ZONE);
    expect(metrics.byType.map((row) => row.type)).toEqual(["access", "deletion", "correction", "california_privacy_rights", "minor_report"]);
    for (const row of [...metrics.byType, metrics.total]) {
      expect(row).toMatchObject({ received: 0, completed: 0, denied: 0, open: 0, medianDaysToAnswer: null });
    }
  });
});

describe("the metrics page's year", () => {
  const now = new Date("2026-05-01T12:00:00Z");

  it("defaults to the current year in the company's time zone", () => {
    expect(resolveMetricsYear({}, now, ZONE)).toEqual({ year: 2026, problem: null });
    expect(resolveMetricsYear({ year: "" }, now, ZONE)).toEqual({ year: 2026, problem: null });
    // 11:30 pm on New Year's Eve in New York is already 2027 in UTC, and still 2026 for the company.
    expect(resolveMetricsYear({}, new Date("2026-12-31T23:30:00-05:00"), ZONE)).toEqual({ year: 2026, problem: null });
    expect(resolveMetricsYear({}, new Date("2027-01-01T00:30:00-05:00"), ZONE)).toEqual({ year: 2027, problem: null });
  });

  it("takes a year from 2020 to the current one", () => {
    expect(resolveMetricsYear({ year: "2020" }, now, ZONE)).toEqual({ year: 2020, problem: null });
    expect(resolveMetricsYear({ year: "2025" }, now, ZONE)).toEqual({ year: 2025, problem: null });
  });

  it.each([["abcd"], ["20255"], ["2019"], ["2027"], ["2025.0"], [["2024", "2025"]]])("shows the current year, with a message, for %j", (year) => {
    const resolved = resolveMetricsYear({ year }, now, ZONE);
    expect(resolved.year).toBe(2026);
    expect(resolved.problem).toMatch(/only for the years 2020 to 2026/);
  });
});
