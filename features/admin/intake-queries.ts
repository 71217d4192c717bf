import "server-only";
import { randomUUID } from "node:crypto";
import { dayIn, formatDay } from "@/lib/dates";
import { addCalendarDays } from "@/lib/requests/legal-deadlines";
import { query } from "@/server/boundary";
import { env } from "@/server/env";
import { OLDEST_RECEIPT_DAYS } from "./intake-schemas";

/**
 * What the "Record a request" page needs, for the Privacy Administrator only:
 * an idempotency key of its own (the same form sent twice records one
 * request), and today and the oldest day the form takes, in the company's
 * time zone.
 */
export const readRecordRequestForm = query(
  "admin",
  async (context) => {
    const today = dayIn(env.COMPANY_TIME_ZONE, context.now);
    return {
      idempotencyKey: randomUUID(),
      today,
      oldest: addCalendarDays(today, -OLDEST_RECEIPT_DAYS),
      todayLabel: formatDay(today),
      timeZone: env.COMPANY_TIME_ZONE,
    };
  },
  { returnTo: "/admin/requests/new" },
);
