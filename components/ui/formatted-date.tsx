const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** Formats a YYYY-MM-DD day as "November 20, 2026". */
export function formatDay(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00Z`));
}

/** A day, readable for people and machine-readable in `dateTime`. */
export function FormattedDate({ day }: { day: string }) {
  return <time dateTime={day}>{formatDay(day)}</time>;
}
