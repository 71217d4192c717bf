import { isAHoliday } from "@18f/us-federal-holidays";

/**
 * The legal clocks a request runs on (see PRODUCT.md; check the rules before relying on them):
 * - CCPA regulations, 11 CCR §7021: acknowledge a request to know, correct or delete within
 *   10 business days; answer within 45 calendar days; one extension of up to 45 more days,
 *   with notice and the reason.
 * - Civil Code 1798.83 ("Shine the Light"): answer within 30 days.
 * Business days skip weekends and US federal holidays (observed dates). Days are UTC.
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

/** The deadlines of a request received on `receivedOn` (YYYY-MM-DD). */
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
