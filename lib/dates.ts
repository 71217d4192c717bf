/**
 * How the center writes dates for people, in pages and in emails alike. Every
 * day is a calendar day in UTC (a request's deadline, a policy's effective
 * date), so the answer never depends on the server's time zone.
 */
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** Formats a YYYY-MM-DD day as "November 20, 2026". */
export function formatDay(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00Z`));
}

const moments = {
  long: new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }),
  medium: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
};

/** Formats an ISO timestamp as "November 20, 2026 at 3:02 PM UTC" (or "Nov 20, 2026, 3:02 PM UTC" in the medium style). */
export function formatMoment(iso: string, style: keyof typeof moments = "long"): string {
  return `${moments[style].format(new Date(iso))} UTC`;
}
