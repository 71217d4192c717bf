import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase } from "../db/create-database";
import type { Database } from "../db/schema";
import { ENGINES, testDatabaseFor } from "../db/testing/engines";
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, deliverPendingEmails, type DeliveryReport } from "./deliver-pending-emails";
import { enqueueEmail, enqueueEmails } from "./enqueue-email";
import { createSmtpSender } from "./mail-transport";
import { type SmtpSink, startSmtpSink } from "./testing/smtp-sink";

/**
 * The outbox against a real SMTP server (smtp-server, in this process): a
 * policy notice run to every customer, a password reset queued while it is
 * being sent, and a sink that refuses some notices after their data arrived.
 *
 * Customers: 10,000, as the issue asks (OUTBOX_TEST_NOTICES sets another size). Each message costs this
 * process about a millisecond of CPU (nodemailer building it, smtp-server reading it, the database
 * recording it): the four runs took 8–20 s each on a quiet 2-core machine (51 s in all, PostgreSQL with one
 * dispatcher the longest), so the time limit is set at 16 ms a message, eight times that.
 */
const NOTICES = Number(process.env.OUTBOX_TEST_NOTICES ?? 10_000);
const TIME_LIMIT_MS = Math.max(20_000, NOTICES * 16);
const FROM = "Privacy Center <privacy@example.com>";
const noticeAddress = (n: number) => `customer-${String(n).padStart(5, "0")}@example.com`;
/** One notice in 200 is refused the first time with "451 try again later", after its data arrived. */
const refusedFirstTime = new Set(Array.from({ length: NOTICES / 200 }, (_, k) => noticeAddress(200 * k + 100)));
const refusedOnce = (to: string, attempt: number) => (attempt === 1 && refusedFirstTime.has(to) ? 451 : null);
const REFUSED = refusedFirstTime.size;
/** The reset is queued when this many notices have arrived. */
const RESET_AFTER = NOTICES / 4;
const RESET_TO = "reset@example.com";

describe.each(ENGINES.map((engine, index) => ({ engine, port: 2525 + index })))("a notice run through a real SMTP server on $engine", ({ engine, port }) => {
  const handle = testDatabaseFor(engine);
  let sink: SmtpSink;
  const closers: (() => Promise<void> | void)[] = [];
  beforeEach(async () => {
    await handle.db.deleteFrom("emailOutbox").execute();
    sink = await startSmtpSink({ port, refuse: refusedOnce });
    closers.push(() => sink.close());
  });
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  /** Queues the notices, then runs `dispatchers` at once (each its own database handle and SMTP connections) until nothing is due. */
  async function sendNoticeRun(dispatchers: number) {
    await enqueueEmails(
      handle.db,
      Array.from({ length: NOTICES }, (_, n) => ({ kind: "policy-notice" as const, to: noticeAddress(n), subject: "Our privacy policy changes on 1 January 2027", text: "A notice." })),
    );
    // While the run goes on, someone asks to reset their password; note how many notices had arrived once it was queued.
    let resetQueuedAfter: Promise<number> | undefined;
    sink.onReceive = () => {
      if (sink.received.length !== RESET_AFTER) return;
      resetQueuedAfter = enqueueEmail(handle.db, { kind: "password-reset", to: RESET_TO, subject: "Reset your password", text: "A link." }).then(() => sink.received.length);
    };
    const databases: Kysely<Database>[] = [handle.db];
    for (let extra = 1; extra < dispatchers; extra++) {
      const other = createDatabase(handle.url).db;
      closers.push(() => other.destroy());
      databases.push(other);
    }
    const run = (now?: () => Date) =>
      Promise.all(
        databases.map((db) => {
          const sender = createSmtpSender(sink.url);
          closers.push(() => sender.close());
          return deliverPendingEmails(db, { sender, from: FROM, now });
        }),
      );
    const reports = await run();
    sink.onReceive = undefined;
    return { reports, resetQueuedAfter: await resetQueuedAfter!, run };
  }

  const total = (reports: DeliveryReport[]) => ({ sent: reports.reduce((sum, r) => sum + r.sent, 0), failed: reports.reduce((sum, r) => sum + r.failed, 0) });
  const arrivalsOf = (to: string) => sink.received.filter((message) => message.to === to).length;

  async function expectOnlyWhatArrivedMarkedSent() {
    const sent = await handle.db.selectFrom("emailOutbox").select("toAddress").where("sentAt", "is not", null).execute();
    expect(new Set(sent.map((row) => row.toAddress))).toEqual(new Set(sink.received.map((message) => message.to)));
    expect(sent.length).toBe(sink.received.length);
  }

  for (const dispatchers of [1, 2]) {
    it(`${dispatchers === 1 ? "one dispatcher sends" : "two dispatchers at once send"} the reset within a batch, every notice once, and nothing the server refused is marked sent`, async () => {
      const { reports, resetQueuedAfter, run } = await sendNoticeRun(dispatchers);

      // The reset overtook the notices queued before it: after it was queued, at most the batch each dispatcher
      // was sending went ahead of it, plus the messages sent beside it (one per connection).
      const resetArrival = sink.received.findIndex((message) => message.to === RESET_TO);
      expect(resetArrival).toBeGreaterThanOrEqual(RESET_AFTER);
      expect(resetArrival - resetQueuedAfter).toBeLessThanOrEqual(dispatchers * DEFAULT_BATCH_SIZE + DEFAULT_CONCURRENCY);

      // The refused notices are waiting to be tried again, not marked sent.
      expect(total(reports)).toEqual({ sent: NOTICES - REFUSED + 1, failed: REFUSED });
      expect(sink.refused).toHaveLength(REFUSED);
      await expectOnlyWhatArrivedMarkedSent();
      const waiting = await handle.db.selectFrom("emailOutbox").select(["toAddress", "attempts", "lastError"]).where("sentAt", "is", null).orderBy("toAddress").execute();
      expect(waiting.map((row) => row.toAddress)).toEqual([...sink.refused].sort());
      for (const row of waiting) expect(row).toMatchObject({ attempts: 1, lastError: expect.stringContaining("451") });
      if (dispatchers === 2) for (const report of reports) expect(report.sent).toBeGreaterThan(0);

      // An hour later they are due again, and go.
      const later = new Date(Date.now() + 60 * 60_000);
      expect(total(await run(() => later))).toEqual({ sent: REFUSED, failed: 0 });
      await expectOnlyWhatArrivedMarkedSent();
      const perRecipient = new Map<string, number>();
      for (const message of sink.received) perRecipient.set(message.to, (perRecipient.get(message.to) ?? 0) + 1);
      expect(perRecipient.size).toBe(NOTICES + 1);
      expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
      expect(arrivalsOf(RESET_TO)).toBe(1);
    }, TIME_LIMIT_MS);
  }
});
