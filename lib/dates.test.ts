import { describe, expect, it } from "vitest";
import { dayIn, formatMoment, isTimeZone, startOfDayIn } from "@/lib/dates";

const NEW_YORK = "America/New_York";

describe("the company's calendar day", () => {
  it("dates an instant by the day in New York, not in UTC, around midnight", () => {
    // 11:30 pm Eastern Standard Time on Friday, March 6 2026 is already March 7 in UTC.
    expect(dayIn(NEW_YORK, new Date("2026-03-07T04:30:00Z"))).toBe("2026-03-06");
    expect(dayIn(NEW_YORK, new Date("2026-03-07T04:59:59.999Z"))).toBe("2026-03-06");
    expect(dayIn(NEW_YORK, new Date("2026-03-07T05:00:00Z"))).toBe("2026-03-07");
    // 9 pm Eastern Standard Time on November 30 is 02:00Z on December 1.
    expect(dayIn(NEW_YORK, "2026-12-01T02:00:00.000Z")).toBe("2026-11-30");
    // Summer: Eastern Daylight Time is UTC-4, so the day turns at 04:00Z.
    expect(dayIn(NEW_YORK, "2026-07-01T03:59:00Z")).toBe("2026-06-30");
    expect(dayIn(NEW_YORK, "2026-07-01T04:00:00Z")).toBe("2026-07-01");
    expect(dayIn("UTC", "2026-03-07T04:30:00Z")).toBe("2026-03-07");
  });

  it("keeps the day right across the spring change (March 8 2026, 2 am becomes 3 am)", () => {
    // Midnight of March 8 is still EST (05:00Z); midnight of March 9 is EDT (04:00Z).
    expect(startOfDayIn(NEW_YORK, "2026-03-08").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfDayIn(NEW_YORK, "2026-03-09").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(dayIn(NEW_YORK, "2026-03-09T03:59:00Z")).toBe("2026-03-08");
    expect(dayIn(NEW_YORK, "2026-03-09T04:00:00Z")).toBe("2026-03-09");
    // 11:30 pm on the day of the change is 03:30Z the next UTC day.
    expect(dayIn(NEW_YORK, "2026-03-09T03:30:00Z")).toBe("2026-03-08");
  });

  it("keeps the day right across the autumn change (November 1 2026, 2 am becomes 1 am)", () => {
    expect(startOfDayIn(NEW_YORK, "2026-11-01").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(startOfDayIn(NEW_YORK, "2026-11-02").toISOString()).toBe("2026-11-02T05:00:00.000Z");
    // The repeated hour (1–2 am) is November 1 both times.
    expect(dayIn(NEW_YORK, "2026-11-01T05:30:00Z")).toBe("2026-11-01");
    expect(dayIn(NEW_YORK, "2026-11-01T06:30:00Z")).toBe("2026-11-01");
    expect(dayIn(NEW_YORK, "2026-11-02T04:59:00Z")).toBe("2026-11-01");
    expect(dayIn(NEW_YORK, "2026-11-02T05:00:00Z")).toBe("2026-11-02");
  });

  it("starts every day of a year on that day, in zones east and west of UTC", () => {
    for (const zone of [NEW_YORK, "Europe/Berlin", "Pacific/Auckland", "UTC"]) {
      for (let n = 0; n < 366; n++) {
        const day = new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
        const start = startOfDayIn(zone, day);
        expect(dayIn(zone, start)).toBe(day);
        expect(dayIn(zone, new Date(start.getTime() - 1))).not.toBe(day);
      }
    }
  });

  it("knows an IANA zone from anything else", () => {
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Eastern")).toBe(false);
    expect(isTimeZone("America/Nowhere")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("a moment as people read it", () => {
  it("is written in the company's time zone and names it, summer and winter", () => {
    expect(formatMoment("2026-11-20T15:02:00.000Z", NEW_YORK)).toBe("November 20, 2026 at 10:02 AM EST");
    expect(formatMoment("2026-07-20T15:02:00.000Z", NEW_YORK, "medium")).toBe("Jul 20, 2026, 11:02 AM EDT");
  });

  it("falls on the company's day, not the UTC one, late in the evening", () => {
    expect(formatMoment("2026-03-07T04:30:00.000Z", NEW_YORK, "medium")).toBe("Mar 6, 2026, 11:30 PM EST");
  });
});
