// Benchmark for one-click unsubscribe (RFC 8058): POST /api/unsubscribe/<token> with the body
// List-Unsubscribe=One-Click, as mail providers send it, on the embedded default (SQLite).
//
// Measures, against the production server (server.mjs) in demo mode on a database of its own (data/bench-unsubscribe.db,
// made fresh each run):
//   1. Throughput and latency of BENCH_REQUESTS (default 10,000) one-click POSTs, each for a different
//      recipient among BENCH_CUSTOMERS (default 100,000) customers, BENCH_CONCURRENCY (default 10) at a
//      time: requests/s, latency p50/p99/max (ms), non-2xx responses, network errors.
//   2. The opt-outs the database recorded (consent records with method "email_link") against the
//      requests sent: they must be equal. Then BENCH_REPEATS (default 1,000) of the same POSTs again,
//      which must record nothing more (a repeated one-click is harmless).
//
// How: start the server once so it migrates (and seeds the demo people), stop it, insert the customers
// (accounts, customers, mail_recipients) with better-sqlite3 in one transaction, start it again.
// The server runs with an AUTH_SECRET made for this run, and the script signs tokens with the key the
// app derives from it: HKDF-SHA256(AUTH_SECRET, salt empty, info "list-unsubscribe/v1", 32 bytes), then
// token = <recipientId>.<list>.<base64url HMAC-SHA256(key, "v1.<recipientId>.<list>")>. This mirrors
// features/unsubscribe/unsubscribe-token.ts: change both together.
//
// Run: `npm run bench:unsubscribe` (builds first if .next/BUILD_ID is missing). Env: BENCH_PORT (default
// 3101), BENCH_CUSTOMERS, BENCH_REQUESTS, BENCH_REPEATS, BENCH_CONCURRENCY. Prints a table and writes
// bench/results/unsubscribe.json. Reports figures, never asserts.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { ensureBuild, nextServer, root } from './support/next-server.mjs';
import { removeDatabase, seedRecipients, unsubscribeKey, unsubscribeToken } from './support/recipients.mjs';

const port = Number(process.env.BENCH_PORT ?? 3101);
const customerCount = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const requestCount = Math.min(Number(process.env.BENCH_REQUESTS ?? 10_000), customerCount);
const repeatCount = Math.min(Number(process.env.BENCH_REPEATS ?? 1_000), requestCount);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);
const base = `http://127.0.0.1:${port}`;
const databaseFile = join(root, 'data', 'bench-unsubscribe.db');
const LIST = 'promotional-email';
const WARMUP = 200;
// A secret of this run's own: the demo's well-known one would do too, but this way nothing is copied from server/env.ts.
const authSecret = randomBytes(32).toString('base64url');

const server = nextServer({
  port,
  env: { PRIVACY_CENTER_MODE: 'demo', DATABASE_URL: 'file:./data/bench-unsubscribe.db', SITE_URL: base, AUTH_SECRET: authSecret },
});

/** The customers and their recipient ids, in one transaction: measured ones first, then the warm-up's. */
function seedCustomers() {
  const [measured, warmup] = seedRecipients(databaseFile, [
    { prefix: 'bench-customer-', count: customerCount },
    { prefix: 'bench-warmup-', count: WARMUP },
  ]);
  return { measured, warmup };
}

const key = () => unsubscribeKey(authSecret);
const tokenFor = (signingKey, recipientId) => unsubscribeToken(signingKey, recipientId, LIST);

async function oneClick(token) {
  const res = await fetch(`${base}/api/unsubscribe/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  await res.arrayBuffer();
  return res.status;
}

/** Sends one POST per token, `concurrency` at a time; returns the timings and statuses. */
async function fire(tokens) {
  const latencies = new Float64Array(tokens.length);
  const statuses = new Map();
  let errors = 0;
  let next = 0;
  const started = performance.now();
  async function worker() {
    for (let i = next++; i < tokens.length; i = next++) {
      const t0 = performance.now();
      try {
        const status = await oneClick(tokens[i]);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      } catch {
        errors += 1;
      }
      latencies[i] = performance.now() - t0;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const ok = [...statuses].filter(([s]) => s >= 200 && s < 300).reduce((n, [, c]) => n + c, 0);
  return {
    requests: tokens.length,
    seconds: Number(seconds.toFixed(2)),
    requestsPerSecond: Number((tokens.length / seconds).toFixed(0)),
    latencyP50Ms: Number(at(0.5).toFixed(2)),
    latencyP99Ms: Number(at(0.99).toFixed(2)),
    latencyMaxMs: Number(sorted.at(-1).toFixed(2)),
    non2xx: tokens.length - ok - errors,
    errors,
    statuses: Object.fromEntries(statuses),
  };
}

function countOptOuts() {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    const count = (prefix) =>
      db.prepare("select count(*) as n from consent_records where method = 'email_link' and choice_key = ? and customer_id like ?").get(LIST, `${prefix}%`).n;
    return { measured: count('bench-customer-'), warmup: count('bench-warmup-') };
  } finally {
    db.close();
  }
}

try {
  ensureBuild();
  mkdirSync(join(root, 'data'), { recursive: true });
  removeDatabase(databaseFile);
  console.log('Migrating a fresh database (data/bench-unsubscribe.db)...');
  await server.start();
  await server.stop();

  let t0 = performance.now();
  const recipients = seedCustomers();
  console.log(`Seeded ${customerCount.toLocaleString('en-US')} customers (+${WARMUP} for warm-up) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  await server.start();
  const signingKey = key();
  // Warm-up on customers of its own (not counted): compiles the route and fills connection pools.
  const warmup = await fire(recipients.warmup.map((id) => tokenFor(signingKey, id)));
  const measuredTokens = recipients.measured.slice(0, requestCount).map((id) => tokenFor(signingKey, id));
  console.log(`Warm-up: ${warmup.requests} requests, ${warmup.non2xx} non-2xx. Measuring ${requestCount.toLocaleString('en-US')} one-click POSTs, ${concurrency} at a time...`);
  const run = await fire(measuredTokens);
  const afterRun = countOptOuts();
  const repeats = await fire(measuredTokens.slice(0, repeatCount));
  const afterRepeats = countOptOuts();
  await server.stop();

  const results = {
    date: new Date().toISOString(),
    engine: 'sqlite',
    customers: customerCount,
    concurrency,
    run,
    optOutsRecorded: afterRun.measured,
    repeats: { ...repeats, newRecords: afterRepeats.measured - afterRun.measured },
    warmup: { requests: warmup.requests, non2xx: warmup.non2xx, optOutsRecorded: afterRepeats.warmup },
  };
  console.log(`\nOne-click unsubscribe, SQLite, ${customerCount.toLocaleString('en-US')} customers, ${concurrency} concurrent`);
  console.table({
    'requests/s': run.requestsPerSecond,
    'latency p50 (ms)': run.latencyP50Ms,
    'latency p99 (ms)': run.latencyP99Ms,
    'latency max (ms)': run.latencyMaxMs,
    'requests sent': run.requests,
    'non-2xx': run.non2xx,
    'network errors': run.errors,
  });
  console.log(`opt-outs recorded: ${results.optOutsRecorded} of ${run.requests} requests${results.optOutsRecorded === run.requests ? '' : '  <-- NOT EQUAL'}`);
  console.log(
    `repeats: ${repeats.requests} requests again (${repeats.requestsPerSecond} req/s, p50 ${repeats.latencyP50Ms} ms, p99 ${repeats.latencyP99Ms} ms, ` +
      `${repeats.non2xx} non-2xx): ${results.repeats.newRecords} new records`,
  );
  const outDir = join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'unsubscribe.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`Wrote ${join('bench', 'results', 'unsubscribe.json')}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await server.stop();
}
