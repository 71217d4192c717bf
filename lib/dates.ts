/**
 * How the center writes dates for people, in pages and in emails alike, and
 * the one place a calendar day is taken from an instant (`dayIn`). A day is a
 * plain YYYY-MM-DD (a request's deadline, a policy's effective date), written
 * as it is; an instant is dated and shown in the company's time zone, never
 * in the server's.
 */
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** Formats a YYYY-MM-DD day as "November 20, 2026". */
export function formatDay(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00Z`));
}

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an ISO timestamp in `zone`, naming the zone: "November 20, 2026 at
 * 10:02 AM EST" (or "Nov 20, 2026, 10:02 AM EST" in the medium style). The
 * center shows moments in the company's time zone, the one its legal clocks
 * count in (COMPANY_TIME_ZONE, decision 0015).
 */
export function formatMoment(iso: string, zone: string, style: "long" | "medium" = "long"): string {
  const key = `${zone}|${style}`;
  let format = momentFormats.get(key);
  if (!format) {
    // dateStyle and timeStyle cannot be combined with timeZoneName: the same fields, spelled out.
    format = new Intl.DateTimeFormat("en-US", { month: style === "long" ? "long" : "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZone: zone, timeZoneName: "short" });
    momentFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/**
 * The company's time zone when nothing else is configured (server/env.ts reads
 * COMPANY_TIME_ZONE). Phone.com is in Livingston, New Jersey.
 */
export const DEFAULT_COMPANY_TIME_ZONE = "America/New_York";

/** Whether `zone` is an IANA time zone this runtime knows ("America/New_York", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(zone: string, instant: Date) {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    dayFormats.set(zone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * THE calendar day (YYYY-MM-DD) that an instant falls on in `zone`. Every
 * legal clock starts from the day a request is received in the company's time
 * zone, not in UTC: 2026-03-07T04:30Z is still March 6 in New York, so a
 * request sent at 11:30 pm Eastern is received that day (11 CCR §7021(b): "the
 * 45-day period will begin on the day that the business receives the request").
 */
export function dayIn(zone: string, instant: Date | string): string {
  const when = typeof instant === "string" ? new Date(instant) : instant;
  const { year, month, day } = partsIn(zone, when);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds (New York in winter: -5 h). */
function offsetMs(zone: string, instant: Date): number {
  const { year, month, day, hour, minute, second } = partsIn(zone, instant);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The first instant of a calendar day in `zone`: what a request known only by
 * the day it arrived (a letter, an email read later) is dated at, so that
 * `dayIn(zone, startOfDayIn(zone, day)) === day` on every day, DST included.
 */
export function startOfDayIn(zone: string, day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const wallMidnight = Date.UTC(year, month - 1, date);
  // The offset at the guess, then again at the corrected instant (a DST change near midnight moves it).
  let instant = new Date(wallMidnight - offsetMs(zone, new Date(wallMidnight)));
  instant = new Date(wallMidnight - offsetMs(zone, instant));
  // Where midnight itself does not exist (a spring-forward at 00:00), the day starts at the first instant that does.
  while (dayIn(zone, instant) < day) instant = new Date(instant.getTime() + 15 * 60 * 1000);
  return instant;
}
