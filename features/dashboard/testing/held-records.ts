import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";

/**
 * Many call records for one customer, for the export's tests and benchmark:
 * one every `stepMinutes` from `start`, every tenth sharing its start with the
 * one before (a tie the export's order must still settle), inserted in slices
 * so no statement has too many parameters. Returns the start times in order.
 */
export async function insertCallRecords(db: Kysely<Database>, customerId: string, count: number, options: { start?: Date; stepMinutes?: number; slice?: number } = {}): Promise<string[]> {
  const start = (options.start ?? new Date("2021-01-01T00:00:00.000Z")).getTime();
  const step = (options.stepMinutes ?? 37) * 60_000;
  const startedAt = Array.from({ length: count }, (_, index) => new Date(start + (index - (index % 10 === 9 ? 1 : 0)) * step).toISOString());
  const slice = options.slice ?? 500;
  for (let from = 0; from < count; from += slice) {
    await db
      .insertInto("callRecords")
      .values(
        startedAt.slice(from, from + slice).map((at, offset) => ({
          id: randomUUID(),
          customerId,
          startedAt: at,
          direction: (from + offset) % 3 === 0 ? ("inbound" as const) : ("outbound" as const),
          otherParty: `+1 212 555 ${String((from + offset) % 10_000).padStart(4, "0")}`,
          durationSeconds: 30 + ((from + offset) % 600),
        })),
      )
      .execute();
  }
  return startedAt;
}
