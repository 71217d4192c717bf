import { formatDay } from "@/lib/dates";

/** A day, readable for people and machine-readable in `dateTime`. */
export function FormattedDate({ day }: { day: string }) {
  return <time dateTime={day}>{formatDay(day)}</time>;
}
