// Benchmark for the email outbox: messages per second into a real SMTP server.
//
// Measures, for each database engine (SQLite, and PostgreSQL when one answers at POSTGRES_TEST_URL,
// default postgres://postgres@127.0.0.1:5432/postgres), with one and then two dispatchers at once:
// BENCH_MESSAGES (default 10,000) policy notices queued with the app's enqueueEmails, then sent by the
// app's deliverPendingEmails (server/email/deliver-pending-emails.ts: default batch size and
// concurrency) over the app's pooled SMTP transport (server/email/mail-transport.ts) into an SMTP sink
// (the smtp-server package, server/email/testing/smtp-sink.ts) in this process, on the loopback. Two
// dispatchers are two database handles and two transports, as two instances would have.
// Time runs from the first claim until the last message is recorded as sent; every message must arrive
// once (the run says so if not).
//
// Run: `npm run bench:outbox`. Env: BENCH_MESSAGES, BENCH_SMTP_PORT (default 2530), POSTGRES_TEST_URL.
// SQLite uses a file under the system's temporary directory; PostgreSQL a database of its own,
// dropped afterwards. Prints a Markdown table and writes bench/results/outbox.json. Reports figures,
// never asserts. Runs the app's TypeScript with tsx under the "react-server" condition.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createDatabase } from '../server/db/create-database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, deliverPendingEmails } from '../server/email/deliver-pending-emails.ts';
import { enqueueEmails } from '../server/email/enqueue-email.ts';
import { createSmtpSender } from '../server/email/mail-transport.ts';
import { startSmtpSink } from '../server/email/testing/smtp-sink.ts';

const messages = Number(process.env.BENCH_MESSAGES ?? 10_000);
const smtpPort = Number(process.env.BENCH_SMTP_PORT ?? 2530);
const postgresAdminUrl = process.env.POSTGRES_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const FROM = 'Privacy Center <privacy@example.com>';

/** A fresh, migrated database of the engine; null when PostgreSQL does not answer. */
async function openDatabase(engine) {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-outbox-'));
    const url = `file:${path.join(dir, 'outbox.db')}`;
    return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `bench_outbox_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleaner = new pg.Client({ connectionString: postgresAdminUrl });
      await cleaner.connect();
      // Not "with (force)": the pools just closed may still be saying goodbye; wait for them instead.
      for (let attempt = 1; ; attempt++) {
        try {
          await cleaner.query(`drop database if exists ${name}`);
          break;
        } catch (error) {
          if (attempt >= 20 || error.code !== '55006') throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await cleaner.end();
    },
  };
}

async function measure(engine, url, dispatchers, sink) {
  const handles = Array.from({ length: dispatchers }, () => createDatabase(url));
  const senders = handles.map(() => createSmtpSender(sink.url));
  try {
    const [first] = handles;
    await migrateToLatest(first.db, first.engine);
    await first.db.deleteFrom('emailOutbox').execute();
    sink.received.length = 0;
    const queuedAt = new Date(Date.now() - 1000);
    await enqueueEmails(
      first.db,
      Array.from({ length: messages }, (_, n) => ({ kind: 'policy-notice', to: `customer-${n}@example.com`, subject: 'Our privacy policy changes on 1 January 2027', text: 'A notice.' })),
      queuedAt,
    );
    const loadAverage = Number(os.loadavg()[0].toFixed(1));
    const start = performance.now();
    const reports = await Promise.all(handles.map((handle, index) => deliverPendingEmails(handle.db, { sender: senders[index], from: FROM })));
    const seconds = (performance.now() - start) / 1000;
    const arrived = new Set(sink.received.map((message) => message.to)).size;
    return {
      engine,
      dispatchers,
      messages,
      seconds: Number(seconds.toFixed(2)),
      messagesPerSecond: Math.round(messages / seconds),
      sentByEach: reports.map((report) => report.sent),
      arrivedOnce: arrived === messages && sink.received.length === messages,
      loadAverage,
    };
  } finally {
    for (const sender of senders) sender.close();
    for (const handle of handles) await handle.db.destroy();
  }
}

const sink = await startSmtpSink({ port: smtpPort });
const results = [];
try {
  for (const engine of ['sqlite', 'postgres']) {
    const database = await openDatabase(engine);
    if (!database) {
      console.log(`PostgreSQL does not answer at ${postgresAdminUrl}: measuring SQLite only.`);
      continue;
    }
    try {
      for (const dispatchers of [1, 2]) {
        const result = await measure(engine, database.url, dispatchers, sink);
        results.push(result);
        if (!result.arrivedOnce) console.log(`${engine}, ${dispatchers} dispatcher(s): the sink did not get every message exactly once!`);
      }
    } finally {
      await database.drop();
    }
  }
} finally {
  await sink.close();
}

const lines = [
  `Outbox: ${messages.toLocaleString('en-US')} messages into an SMTP sink on the loopback (batch ${DEFAULT_BATCH_SIZE}, ${DEFAULT_CONCURRENCY} sends at once per dispatcher; ${os.cpus().length} CPUs; the machine's 1-minute load average as each run began)`,
  '',
  '| Database | Dispatchers | Seconds | Messages/s | Sent by each | Each arrived once | Load average |',
  '|---|---:|---:|---:|---|---|---:|',
  ...results.map((r) => `| ${r.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${r.dispatchers} | ${r.seconds} | ${r.messagesPerSecond} | ${r.sentByEach.join(' + ')} | ${r.arrivedOnce ? 'yes' : 'NO'} | ${r.loadAverage} |`),
];
console.log(lines.join('\n'));
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/outbox.json', import.meta.url),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), cpus: os.cpus().length, batchSize: DEFAULT_BATCH_SIZE, concurrency: DEFAULT_CONCURRENCY, results }, null, 2)}\n`,
);
