/**
 * How the dashboard writes amounts, sizes and times. Times are shown in UTC
 * and say so: the page is rendered on the server, which does not know the
 * reader's time zone.
 */
const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const month = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const count = new Intl.NumberFormat("en-US");

export function formatCents(cents: number): string {
  return dollars.format(cents / 100);
}

export function formatCount(value: number): string {
  return count.format(value);
}

// Made once: building an Intl formatter costs far more than using one, and the dashboard formats on every view.
const byteUnits = (
  [
    { size: 1e9, unit: "gigabyte" },
    { size: 1e6, unit: "megabyte" },
    { size: 1e3, unit: "kilobyte" },
  ] as const
).map(({ size, unit }) => ({ size, format: new Intl.NumberFormat("en-US", { style: "unit", unit, maximumFractionDigits: 1 }) }));

/** Bytes in the largest unit that keeps the number readable: "840 bytes", "312 kB", "4.2 MB". */
export function formatBytes(bytes: number): string {
  const match = byteUnits.find(({ size }) => bytes >= size);
  if (!match) return `${count.format(bytes)} ${bytes === 1 ? "byte" : "bytes"}`;
  return match.format.format(bytes / match.size);
}

/** "4 min 05 s", or "38 s" under a minute. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0 ? `${rest} s` : `${minutes} min ${String(rest).padStart(2, "0")} s`;
}

/** An ISO timestamp as "Nov 3, 2026, 2:15 PM UTC". */
export function formatTimestamp(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}

/** An ISO timestamp or YYYY-MM-DD day as "Nov 3, 2026". */
export function formatShortDay(isoOrDay: string): string {
  return day.format(new Date(isoOrDay.length === 10 ? `${isoOrDay}T00:00:00Z` : isoOrDay));
}

/** A YYYY-MM billing period as "October 2026". */
export function formatMonth(period: string): string {
  return month.format(new Date(`${period}-01T00:00:00Z`));
}
