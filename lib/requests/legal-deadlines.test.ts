import { describe, expect, it } from "vitest";
import { addBusinessDays, deadlinesFor, isBusinessDay } from "@/lib/requests/legal-deadlines";

describe("legal deadlines", () => {
  it("counts business days past weekends and federal holidays", () => {
    // Thanksgiving 2026 is Thursday, November 26.
    expect(isBusinessDay("2026-11-26")).toBe(false);
    expect(isBusinessDay("2026-11-28")).toBe(false);
    expect(isBusinessDay("2026-11-27")).toBe(true);
    // From Monday 2026-11-23: 24, 25, (26 holiday), 27, (weekend), 30, Dec 1, 2, 3, 4, 7, 8.
    expect(addBusinessDays("2026-11-23", 10)).toBe("2026-12-08");
  });

  it("gives access, correction and deletion 10 business days to acknowledge and 45 (+45) calendar days to answer", () => {
    expect(deadlinesFor("access", "2026-11-23")).toEqual({ acknowledgeBy: "2026-12-08", answerBy: "2027-01-07", extendedAnswerBy: "2027-02-21" });
    expect(deadlinesFor("deletion", "2026-12-31").answerBy).toBe("2027-02-14");
  });

  it("gives a California Privacy Rights request 30 days and no extension", () => {
    expect(deadlinesFor("california_privacy_rights", "2026-11-23")).toMatchObject({ answerBy: "2026-12-23", extendedAnswerBy: null });
  });

  it("treats a minor's report as urgent", () => {
    expect(deadlinesFor("minor_report", "2026-11-23")).toMatchObject({ acknowledgeBy: "2026-11-25", answerBy: "2026-12-08" });
  });
});
