import { describe, expect, it } from "vitest";
import { addBusinessDays, addCalendarDays, deadlinesFor, deadlinesForReceipt, isBusinessDay, receivedDay } from "@/lib/requests/legal-deadlines";

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

describe("legal deadlines in the company's time zone", () => {
  const NEW_YORK = "America/New_York";

  it("counts from the day the request arrived in New York, not the UTC day", () => {
    // Friday March 6 2026, 11:30 pm EST (= Saturday 04:30Z): received Friday.
    expect(receivedDay(new Date("2026-03-07T04:30:00Z"), NEW_YORK)).toBe("2026-03-06");
    expect(deadlinesForReceipt("access", new Date("2026-03-07T04:30:00Z"), NEW_YORK)).toEqual(deadlinesFor("access", "2026-03-06"));
    // The 45 calendar days start on March 6 (11 CCR §7021(b)): April 20, not April 21.
    expect(deadlinesForReceipt("access", new Date("2026-03-07T04:30:00Z"), NEW_YORK).answerBy).toBe("2026-04-20");
    // Read in UTC the same instant would have been a Saturday, and every deadline a day late.
    expect(deadlinesForReceipt("access", new Date("2026-03-07T04:30:00Z"), "UTC").answerBy).toBe("2026-04-21");
  });

  it("dates a request at 9 pm Eastern that day, in winter and in summer", () => {
    expect(receivedDay("2026-12-01T02:00:00.000Z", NEW_YORK)).toBe("2026-11-30");
    expect(receivedDay("2026-07-02T01:00:00.000Z", NEW_YORK)).toBe("2026-07-01");
    expect(deadlinesForReceipt("california_privacy_rights", "2026-07-02T01:00:00.000Z", NEW_YORK).answerBy).toBe("2026-07-31");
  });

  it("keeps the received day across the DST changes of March 8 and November 1 2026", () => {
    // 11:59 pm EDT on Sunday March 8 (the spring-forward day) is 03:59Z on March 9.
    expect(receivedDay("2026-03-09T03:59:00Z", NEW_YORK)).toBe("2026-03-08");
    // Sunday → 10 business days: March 9 … 20 (no holiday) = Friday March 20.
    expect(deadlinesForReceipt("deletion", "2026-03-09T03:59:00Z", NEW_YORK)).toEqual({ acknowledgeBy: "2026-03-20", answerBy: "2026-04-22", extendedAnswerBy: "2026-06-06" });
    // 11:30 pm EST on Sunday November 1 (the fall-back day) is 04:30Z on November 2.
    expect(receivedDay("2026-11-02T04:30:00Z", NEW_YORK)).toBe("2026-11-01");
    // From Sunday Nov 1: 2, 3, 4, 5, 6, 9, 10, (11 Veterans Day), 12, 13, 16.
    expect(deadlinesForReceipt("correction", "2026-11-02T04:30:00Z", NEW_YORK)).toEqual({ acknowledgeBy: "2026-11-16", answerBy: "2026-12-16", extendedAnswerBy: "2027-01-30" });
    // 45 calendar days are days, not 24-hour periods: the hour the clocks go back changes nothing.
    expect(addCalendarDays("2026-10-31", 45)).toBe("2026-12-15");
    expect(addCalendarDays("2026-03-01", 45)).toBe("2026-04-15");
  });
});
