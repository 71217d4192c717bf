// Benchmark for the complete copy (features/dashboard/build-data-export.ts) of a customer with
// 100,000 call records, on the embedded default (SQLite), without HTTP:
//   - the dashboard's download: the streamed JSON read to the end as a response body would be;
//   - the access request's answer: completing an access request stores the copy in sealed parts,
//     then the download opens them one at a time.
// For each: wall time, bytes written, chunks or parts, and the heap's growth at its highest while
// running (sampled after a forced collection every 25 chunks, so what is measured is what the copy
// keeps alive), so a copy held whole in memory would show as its size.
//
// Run: `npm run bench:export`. It makes data/bench-export.db afresh, migrates it with the app's
// migrations and inserts BENCH_CALLS (default 100,000) call records, 10 years of billing periods, consent
// records and mail for one customer. Reports figures, never asserts.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { randomBytes, randomUUID } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import { dataCategories } from "../content/data-categories";
import { streamDataExport } from "../features/dashboard/build-data-export";
import { findRequestExport } from "../features/requests/workflow/request-export-store";
import { completeRequest, verifyRequest } from "../features/requests/workflow/request-workflow";
import { insertAdministrator, insertTestRequest } from "../features/requests/workflow/workflow-test-fixtures";
import { createSensitiveCipher } from "../server/crypto/sensitive-cipher";
import { createDatabase } from "../server/db/create-database";
import { emptySqliteDatabase } from "./support/empty-sqlite-database";

const CALLS = Number(process.env.BENCH_CALLS ?? 100_000);
const file = path.resolve("data/bench-export.db");
const CUSTOMER = "bench-customer";
const EMAIL = "bench.customer@example.com";
const NOW = new Date("2026-11-30T12:00:00.000Z");
const cipher = createSensitiveCipher(`bench:${randomBytes(32).toString("base64")}`);

/** One customer's years of records, with prepared statements in one transaction. */
function seed() {
  const sqlite = new BetterSqlite3(file);
  const stamp = NOW.toISOString();
  sqlite.transaction(() => {
    sqlite.prepare("insert into accounts (id, email, password_hash, role, disabled_at, password_changed_at, created_at) values (?, ?, 'x', 'customer', null, ?, ?)").run(CUSTOMER, EMAIL, stamp, stamp);
    sqlite
      .prepare("insert into customers (account_id, full_name, street_address, city, state, postal_code, phone, date_of_birth, created_at, updated_at) values (?, 'Bench Customer', '1 Main St', 'Livingston', 'NJ', '07039', '+1 973 555 0100', '1980-01-01', ?, ?)")
      .run(CUSTOMER, stamp, stamp);
    const call = sqlite.prepare("insert into call_records (id, customer_id, started_at, direction, other_party, duration_seconds) values (?, ?, ?, ?, ?, ?)");
    const start = Date.parse("2016-12-01T00:00:00Z");
    const step = Math.floor((NOW.getTime() - start) / CALLS);
    for (let n = 0; n < CALLS; n++) {
      call.run(randomUUID(), CUSTOMER, new Date(start + n * step).toISOString(), n % 3 ? "outbound" : "inbound", `+1 212 555 ${String(n % 10_000).padStart(4, "0")}`, 30 + (n % 900));
    }
    const period = sqlite.prepare("insert into cpni_billing_periods (id, customer_id, period, amount_cents, minutes_used, messages_sent) values (?, ?, ?, ?, ?, ?)");
    for (let month = 0; month < 120; month++) {
      const day = new Date(Date.UTC(2016, 11 + month, 1));
      period.run(randomUUID(), CUSTOMER, day.toISOString().slice(0, 7), 3400 + month, 800 + month, 40 + month);
    }
    const consent = sqlite.prepare("insert into consent_records (customer_id, choice_key, old_value, new_value, method, policy_version, created_at) values (?, 'promotional-email', ?, ?, 'dashboard', '2026-11-20', ?)");
    for (let n = 0; n < 200; n++) consent.run(CUSTOMER, n % 2, (n + 1) % 2, new Date(start + n * 86_400_000).toISOString());
    const mail = sqlite.prepare("insert into email_outbox (id, to_address, subject, text_body, headers_json, category, created_at, sent_at, attempts, last_error, next_attempt_at) values (?, ?, ?, 'body', '{}', 'promotional', ?, ?, 1, null, ?)");
    for (let n = 0; n < 2_000; n++) {
      const at = new Date(start + n * 3_600_000 * 24).toISOString();
      mail.run(randomUUID(), EMAIL, `News ${n}`, at, at, at);
    }
  })();
  sqlite.close();
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Reads the copy to its end, as a response body would be read. Time is measured in two passes (the
 * first also warms the caches and the JIT); memory in a third, which collects garbage every 25
 * chunks (with --expose-gc) and samples the heap then: what the copy keeps alive while it is
 * written, not garbage waiting for the collector.
 */
async function measure(label: string, read: () => Promise<AsyncIterable<string>>) {
  let bytes = 0;
  let chunks = 0;
  const timed = async () => {
    bytes = 0;
    chunks = 0;
    const begin = performance.now();
    for await (const chunk of await read()) {
      bytes += Buffer.byteLength(chunk);
      chunks += 1;
    }
    return ((performance.now() - begin) / 1000).toFixed(2);
  };
  const cold = await timed();
  const warm = await timed();
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let count = 0;
  for await (const chunk of await read()) {
    if (chunk && ++count % 25 === 0 && gc) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return {
    label,
    "first read (s)": cold,
    "second read (s)": warm,
    "size (MB)": mb(bytes),
    "chunks or parts": chunks,
    "live heap growth at peak (MB)": gc ? mb(peak - baseline) : "run with --expose-gc",
    "rss now (MB)": mb(process.memoryUsage().rss),
  };
}

async function main() {
  await emptySqliteDatabase(file);
  const seeded = performance.now();
  seed();
  console.log(`Seeded one customer with ${CALLS.toLocaleString("en-US")} call records in ${((performance.now() - seeded) / 1000).toFixed(1)} s.`);
  const { db } = createDatabase(`file:${file}`);
  const context = { now: NOW, siteUrl: "https://privacy.example.com", policyVersion: "2026-11-20" };

  const results = [await measure("dashboard download (streamed)", async () => (await streamDataExport(db, CUSTOMER, dataCategories, context))!)];

  const admin = await insertAdministrator(db);
  const reference = await insertTestRequest(db, { type: "access", customerId: CUSTOMER, receivedAt: new Date("2026-11-25T12:00:00Z") });
  await verifyRequest(db, { reference, actorAccountId: admin, method: "Bench" }, {}, new Date("2026-11-26T12:00:00Z"));
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const completing = performance.now();
  const outcome = await completeRequest(db, { reference, actorAccountId: admin, message: "Here is everything." }, { cipher, ...context }, NOW);
  if (!outcome.ok) throw new Error(outcome.message);
  gc?.();
  console.log(
    `Completed the access request (copy sealed and stored in parts) in ${((performance.now() - completing) / 1000).toFixed(2)} s; live heap then ${mb(process.memoryUsage().heapUsed - heapBefore)} MB above before.`,
  );
  results.push(await measure("access answer's copy (parts opened one at a time)", async () => (await findRequestExport(db, CUSTOMER, reference, cipher))!.parts));

  console.log(`\nThe complete copy of one customer with ${CALLS.toLocaleString("en-US")} call records, SQLite:`);
  console.table(results);
  await db.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
