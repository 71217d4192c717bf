import { isAHoliday } from "@18f/us-federal-holidays";
import { dayIn } from "@/lib/dates";

/**
 * The legal clocks a request runs on (see PRODUCT.md; check the rules before relying on them):
 * - CCPA regulations, 11 CCR §7021(a): confirm receipt of a request to know, correct or delete
 *   "no later than 10 business days after receiving" it; §7021(b): respond "no later than 45
 *   calendar days after receipt", and "the 45-day period will begin on the day that the business
 *   receives the request, regardless of time required to verify"; up to 45 more calendar days
 *   (90 in all from the day received) with notice and an explanation of the reason.
 * - Civil Code 1798.83(b)(1)(C) ("Shine the Light"): answer within 30 days of a request sent to the
 *   designated address or email address (the policy's legal@phone.com and its Livingston address).
 * - A minor's report (COPPA, 16 CFR 312.6, as the policy promises to delete): no statutory clock,
 *   so the company's own (below).
 *
 * Every clock starts on the calendar day the request was received IN THE COMPANY'S TIME ZONE
 * (server/env.ts COMPANY_TIME_ZONE, America/New_York by default): `receivedDay` is the one place a
 * received day comes from an instant. From there the arithmetic is on calendar days, which have no
 * zone (they are carried as UTC midnights only to count them). Business days skip weekends and US
 * federal holidays (observed dates).
 */
export type RequestType = "access" | "correction" | "deletion" | "california_privacy_rights" | "minor_report";

export interface Deadlines {
  acknowledgeBy: string;
  answerBy: string;
  /** The latest the answer may move to with the one allowed extension, or null where the law allows none. */
  extendedAnswerBy: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const toDay = (date: Date) => date.toISOString().slice(0, 10);
const fromDay = (day: string) => new Date(`${day}T00:00:00Z`);

export function addCalendarDays(day: string, days: number): string {
  return toDay(new Date(fromDay(day).getTime() + days * DAY_MS));
}

export function isBusinessDay(day: string): boolean {
  const date = fromDay(day);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isAHoliday(date, { utc: true });
}

/** The day `count` business days after `day` (the day itself does not count). */
export function addBusinessDays(day: string, count: number): string {
  let current = day;
  for (let left = count; left > 0; ) {
    current = addCalendarDays(current, 1);
    if (isBusinessDay(current)) left--;
  }
  return current;
}

/** The calendar day (YYYY-MM-DD) a request that arrived at `receivedAt` was received, in the company's time zone `zone`. */
export function receivedDay(receivedAt: Date | string, zone: string): string {
  return dayIn(zone, receivedAt);
}

/** The deadlines of a request that arrived at the instant `receivedAt`, counted from its day in `zone`. */
export function deadlinesForReceipt(type: RequestType, receivedAt: Date | string, zone: string): Deadlines {
  return deadlinesFor(type, receivedDay(receivedAt, zone));
}

/** The deadlines of a request received on `receivedOn` (YYYY-MM-DD, the company's calendar day). */
export function deadlinesFor(type: RequestType, receivedOn: string): Deadlines {
  const acknowledgeBy = addBusinessDays(receivedOn, 10);
  switch (type) {
    case "access":
    case "correction":
    case "deletion":
      return { acknowledgeBy, answerBy: addCalendarDays(receivedOn, 45), extendedAnswerBy: addCalendarDays(receivedOn, 90) };
    case "california_privacy_rights":
      return { acknowledgeBy, answerBy: addCalendarDays(receivedOn, 30), extendedAnswerBy: null };
    case "minor_report":
      // No statutory clock; a child's data is urgent, so the company answers as fast as it asks itself to acknowledge.
      return { acknowledgeBy: addBusinessDays(receivedOn, 2), answerBy: addBusinessDays(receivedOn, 10), extendedAnswerBy: null };
  }
}
