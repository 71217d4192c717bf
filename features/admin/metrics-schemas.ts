import { z } from "zod";
import { dayIn } from "@/lib/dates";
import type { PrivacyRequestType } from "@/server/db/schema";

/** The CCPA took effect on January 1, 2020: no earlier year has figures to publish. */
export const FIRST_METRICS_YEAR = 2020;

/** The order of the metrics table: the three requests 11 CCR §7102 names first, then our own kinds. */
export const METRICS_REQUEST_TYPES: readonly PrivacyRequestType[] = ["access", "deletion", "correction", "california_privacy_rights", "minor_report"];

/**
 * The metrics page's address, `?year=YYYY`: a year from the first CCPA year to
 * the current one. An empty field (the form sent with nothing typed) means
 * "the current year".
 */
export function metricsSearchSchema(currentYear: number) {
  return z.object({
    year: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z
        .string()
        .regex(/^\d{4}$/)
        .transform(Number)
        .pipe(z.number().int().min(FIRST_METRICS_YEAR).max(currentYear))
        .optional(),
    ),
  });
}

/** The current year in the company's time zone: on December 31 at 9 pm in New York it is still that year. */
export const currentYearIn = (zone: string, now: Date) => Number(dayIn(zone, now).slice(0, 4));

/** The year to show, and, when the address asked for one we cannot show, a short message saying so. */
export function resolveMetricsYear(search: Record<string, string | string[] | undefined>, now: Date, zone: string): { year: number; problem: string | null } {
  const currentYear = currentYearIn(zone, now);
  const parsed = metricsSearchSchema(currentYear).safeParse(search);
  if (parsed.success) return { year: parsed.data.year ?? currentYear, problem: null };
  return { year: currentYear, problem: `There are figures only for the years ${FIRST_METRICS_YEAR} to ${currentYear}, so this shows ${currentYear}.` };
}
