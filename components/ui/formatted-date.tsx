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

/** A day, readable for people and machine-readable in `dateTime`. */
export function FormattedDate({ day }: { day: string }) {
  return <time dateTime={day}>{formatDay(day)}</time>;
}
