// Benchmark for the Privacy Administrator's queue at 100,000 requests, on the embedded default (SQLite).
//
// Measures the queries behind /admin (features/admin/queue-repository.ts) directly, without HTTP:
//   - the first page, open requests, most urgent first;
//   - the 100th page, reached by walking the keyset cursor (no OFFSET);
//   - a filtered page (one type, due within a week);
//   - the overdue and due-this-week counts;
// each run BENCH_RUNS times (default 50), printed as p50 and p99 milliseconds.
//
// Run: `npm run bench:queue`. It makes data/bench-queue.db afresh, migrates it with the app's
// migrations and inserts BENCH_REQUESTS (default 100,000) requests in one transaction. Runs the app's
// TypeScript with tsx under the "react-server" condition (so "server-only" imports resolve).
// Reports figures, never asserts.
import path from "node:path";
import { performance } from "node:perf_hooks";
import BetterSqlite3 from "better-sqlite3";
import { countDeadlines, listQueuePage, type QueueCursor } from "../features/admin/queue-repository";
import { deadlinesFor, type RequestType } from "@/lib/requests/legal-deadlines";
import { createDatabase } from "../server/db/create-database";
import { emptySqliteDatabase } from "./support/empty-sqlite-database";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const file = path.resolve("data/bench-queue.db");
const TYPES: RequestType[] = ["access", "correction", "deletion", "california_privacy_rights", "minor_report"];
const STATUSES = ["received", "verified", "in_progress", "extended", "completed", "denied"] as const;
const TODAY = "2026-11-29";

// Business days check federal holidays, which is slow a hundred thousand times over: one computation per type and day.
const deadlineCache = new Map<string, ReturnType<typeof deadlinesFor>>();
function deadlinesOf(type: RequestType, day: string) {
  const key = `${type}:${day}`;
  let deadlines = deadlineCache.get(key);
  if (!deadlines) deadlineCache.set(key, (deadlines = deadlinesFor(type, day)));
  return deadlines;
}

/** Inserts the requests with one prepared statement in one transaction (Kysely would build 100 big statements; this is quicker). */
function seed() {
  const start = Date.parse("2025-01-01T00:00:00Z");
  const span = Date.parse(`${TODAY}T00:00:00Z`) - start;
  const sqlite = new BetterSqlite3(file);
  const insert = sqlite.prepare(
    `insert into privacy_requests (id, reference, type, status, customer_id, requester_name, requester_email, requester_postal_json, details_json, urgent,
       received_at, acknowledge_by, answer_by, extended_answer_by, due_on, idempotency_key, assigned_to, closed_at, updated_at)
     values (?, ?, ?, ?, null, ?, ?, null, '{}', ?, ?, ?, ?, ?, ?, null, null, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let n = 0; n < REQUESTS; n++) {
      const type = TYPES[n % TYPES.length]!;
      const received = new Date(start + ((n * 7919) % span)).toISOString();
      const deadlines = deadlinesOf(type, received.slice(0, 10));
      const status = STATUSES[(n * 31) % STATUSES.length]!;
      const extended = status === "extended" ? deadlines.extendedAnswerBy : null;
      const closed = status === "completed" || status === "denied" ? received : null;
      insert.run(
        `bench-${String(n).padStart(7, "0")}`, `PR-${String(n).padStart(8, "0")}`, type, status, `Requester ${n}`, `requester${n}@example.com`,
        type === "minor_report" ? 1 : 0, received, deadlines.acknowledgeBy, deadlines.answerBy, extended, extended ?? deadlines.answerBy, closed, received,
      );
    }
  })();
  sqlite.close();
}

async function time(label: string, run: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const begin = performance.now();
    await run();
    samples.push(performance.now() - begin);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { label, p50: at(0.5).toFixed(2), p99: at(0.99).toFixed(2) };
}

async function main() {
  await emptySqliteDatabase(file);
  const seeded = performance.now();
  seed();
  const { db } = createDatabase(`file:${file}`);
  console.log(`Seeded ${REQUESTS.toLocaleString("en-US")} requests in ${((performance.now() - seeded) / 1000).toFixed(1)} s.`);

  // The cursor of page 99's last row, so the 100th page is timed on its own.
  let cursor: QueueCursor | null = null;
  for (let page = 1; page < 100; page++) cursor = (await listQueuePage(db, {}, cursor)).next;
  const hundredth = cursor;

  const results = [
    await time("first page (open, most urgent first)", () => listQueuePage(db, {}, null)),
    await time("100th page (keyset cursor)", () => listQueuePage(db, {}, hundredth)),
    await time("filtered: deletions due within 7 days", () => listQueuePage(db, { type: "deletion", dueBy: "2026-12-06" }, null)),
    await time("overdue and due-this-week counts", () => countDeadlines(db, TODAY, "2026-12-06")),
  ];
  console.log(`\nQueue queries on SQLite, ${REQUESTS.toLocaleString("en-US")} requests, ${RUNS} runs each (ms):`);
  console.table(results);
  await db.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
