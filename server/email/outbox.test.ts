import type Mail from "nodemailer/lib/mailer";
import nodemailer from "nodemailer";
import { beforeEach, describe, expect, it } from "vitest";
import { ENGINES, testDatabaseFor } from "../db/testing/engines";
import { CLAIM_DURATION_MS, CLAIM_MARGIN_MS, claimDurationMs, deliverPendingEmails, MAX_ATTEMPTS } from "./deliver-pending-emails";
import { type EmailKind, enqueueEmail, enqueueEmails, priorityOf } from "./enqueue-email";
import { LONGEST_SEND_MS, SMTP_TIMEOUTS } from "./mail-transport";
import { listOutboxMessages } from "./list-outbox-messages";

/** Records what it was asked to send, optionally slowly or failing. */
function recordingSender({ delayMs = 0, fail = false } = {}) {
  const sent: Mail.Options[] = [];
  return {
    sent,
    async sendMail(message: Mail.Options) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (fail) throw new Error("SMTP said no");
      sent.push(message);
    },
  };
}

const FROM = "Privacy Center <privacy@example.com>";

describe.each(ENGINES)("the email outbox on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  beforeEach(async () => {
    await handle.db.deleteFrom("emailOutbox").execute();
  });

  it("keeps no email from a transaction that rolled back", async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await enqueueEmail(trx, { kind: "account-change-notice", to: "a@example.com", subject: "Never", text: "rolled back" });
        throw new Error("the business write failed");
      }),
    ).rejects.toThrow("the business write failed");
    expect(await listOutboxMessages(handle.db)).toEqual([]);
  });

  it("lists one recipient's mail, whatever its age or letter case, and only theirs", async () => {
    await enqueueEmails(handle.db, [{ kind: "account-change-notice", to: "Alex.Rivera@example.com", subject: "Oldest", text: "1" }], new Date("2026-11-01T12:00:00Z"));
    const others = [0, 1, 2].map((n) => ({ kind: "account-change-notice" as const, to: `other${n}@example.com`, subject: `Other ${n}`, text: "2" }));
    await enqueueEmails(handle.db, others, new Date("2026-11-02T12:00:00Z"));
    expect((await listOutboxMessages(handle.db, { limit: 2 })).map((message) => message.to)).not.toContain("Alex.Rivera@example.com");
    expect((await listOutboxMessages(handle.db, { limit: 2, to: "alex.rivera@example.com" })).map((message) => message.subject)).toEqual(["Oldest"]);
    expect(await listOutboxMessages(handle.db, { to: "nobody@example.com" })).toEqual([]);
  });

  it("delivers a pending email once after a restart, and never again", async () => {
    await handle.db.transaction().execute((trx) => enqueueEmail(trx, { kind: "account-change-notice", to: "a@example.com", subject: "Hello", text: "Body", headers: { "X-Test": "1" } }));
    // The process that enqueued it stopped before any dispatcher ran; a new one starts.
    const afterRestart = recordingSender();
    expect(await deliverPendingEmails(handle.db, { sender: afterRestart, from: FROM })).toEqual({ sent: 1, failed: 0 });
    expect(afterRestart.sent).toMatchObject([{ to: "a@example.com", subject: "Hello", text: "Body", headers: { "X-Test": "1" }, from: FROM }]);
    expect(await deliverPendingEmails(handle.db, { sender: afterRestart, from: FROM })).toEqual({ sent: 0, failed: 0 });
    expect((await listOutboxMessages(handle.db))[0]?.status).toBe("sent");
  });

  it("never sends an email twice when two dispatchers run at once", async () => {
    for (const n of [1, 2, 3, 4, 5]) await enqueueEmail(handle.db, { kind: "account-change-notice", to: `p${n}@example.com`, subject: `Message ${n}`, text: "Body" });
    const first = recordingSender({ delayMs: 20 });
    const second = recordingSender({ delayMs: 20 });
    await Promise.all([deliverPendingEmails(handle.db, { sender: first, from: FROM }), deliverPendingEmails(handle.db, { sender: second, from: FROM })]);
    const subjects = [...first.sent, ...second.sent].map((message) => message.subject).sort();
    expect(subjects).toEqual(["Message 1", "Message 2", "Message 3", "Message 4", "Message 5"]);
  });

  it("retries a failed email later, with backoff, and parks it after too many failures", async () => {
    await enqueueEmail(handle.db, { kind: "account-change-notice", to: "a@example.com", subject: "Flaky", text: "Body" });
    let clock = new Date(Date.now() + 1000);
    const now = () => clock;
    const failing = recordingSender({ fail: true });
    expect(await deliverPendingEmails(handle.db, { sender: failing, from: FROM, now })).toEqual({ sent: 0, failed: 1 });
    const row = await handle.db.selectFrom("emailOutbox").select(["attempts", "lastError", "nextAttemptAt"]).where("subject", "=", "Flaky").executeTakeFirstOrThrow();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("SMTP said no");
    expect(row.nextAttemptAt > clock.toISOString()).toBe(true);
    // Not due again at once…
    expect(await deliverPendingEmails(handle.db, { sender: failing, from: FROM, now })).toEqual({ sent: 0, failed: 0 });
    // …but after the backoff, and it keeps failing until parked.
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock = new Date(clock.getTime() + 2 * 60 * 60_000);
      expect((await deliverPendingEmails(handle.db, { sender: failing, from: FROM, now })).failed).toBe(1);
    }
    clock = new Date(clock.getTime() + 365 * 24 * 60 * 60_000);
    expect(await deliverPendingEmails(handle.db, { sender: failing, from: FROM, now })).toEqual({ sent: 0, failed: 0 });
    expect((await listOutboxMessages(handle.db)).find((message) => message.subject === "Flaky")?.status).toBe("failed");
  });

  it("parks at once an email the mail server refuses for good (an SMTP 5xx reply)", async () => {
    await enqueueEmail(handle.db, { kind: "account-change-notice", to: "gone@example.com", subject: "Refused", text: "Body" });
    const refusing = {
      async sendMail() {
        throw Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 No such user"), { responseCode: 550 });
      },
    };
    expect(await deliverPendingEmails(handle.db, { sender: refusing, from: FROM })).toEqual({ sent: 0, failed: 1 });
    expect((await listOutboxMessages(handle.db)).find((message) => message.subject === "Refused")?.status).toBe("failed");
  });

  it("sends a message again when the dispatcher that claimed it died mid-send", async () => {
    await enqueueEmail(handle.db, { kind: "account-change-notice", to: "a@example.com", subject: "Orphan", text: "Body" });
    const start = new Date(Date.now() + 1000);
    // Simulates a crash: the claim is taken, the send never completes.
    const hung = { sendMail: () => new Promise<never>(() => undefined) };
    void deliverPendingEmails(handle.db, { sender: hung, from: FROM, now: () => start });
    await expect
      .poll(async () => (await handle.db.selectFrom("emailOutbox").select("nextAttemptAt").executeTakeFirstOrThrow()).nextAttemptAt > start.toISOString())
      .toBe(true);
    const beforeClaimEnds = recordingSender();
    expect(await deliverPendingEmails(handle.db, { sender: beforeClaimEnds, from: FROM, now: () => start })).toEqual({ sent: 0, failed: 0 });
    const afterClaimEnds = recordingSender();
    const later = new Date(start.getTime() + CLAIM_DURATION_MS + 1000);
    expect(await deliverPendingEmails(handle.db, { sender: afterClaimEnds, from: FROM, now: () => later })).toEqual({ sent: 1, failed: 0 });
  });

  it("builds a real MIME message with nodemailer's stream transport", async () => {
    await enqueueEmail(handle.db, { kind: "promotion", to: "a@example.com", subject: "Built", text: "Follow http://localhost/x", headers: { "List-Unsubscribe": "<https://example.com/u>" } });
    const built: string[] = [];
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    const sender = {
      async sendMail(message: Mail.Options) {
        const info = await transport.sendMail(message);
        built.push(info.message.toString());
      },
    };
    await deliverPendingEmails(handle.db, { sender, from: FROM, now: () => new Date(Date.now() + 1000) });
    expect(built[0]).toMatch(/^Subject: Built$/m);
    expect(built[0]).toMatch(/^List-Unsubscribe: <https:\/\/example.com\/u>$/m);
  });
  it("sends every due message in one run, however many batches that takes", async () => {
    for (let n = 0; n < 40; n++) await enqueueEmail(handle.db, { kind: "policy-notice", to: `n${n}@example.com`, subject: `Notice ${n}`, text: "Body" });
    const sender = recordingSender();
    expect(await deliverPendingEmails(handle.db, { sender, from: FROM, batchSize: 4, concurrency: 2, now: () => new Date(Date.now() + 1000) })).toEqual({ sent: 40, failed: 0 });
    expect(new Set(sender.sent.map((message) => message.to)).size).toBe(40);
  });

  it("sends mail someone waits for before notice runs, and notice runs before promotions, whatever the order queued", async () => {
    const queued: [EmailKind, string][] = [
      ["promotion", "Offer"],
      ["policy-notice", "Policy 1"],
      ["cpni-notice", "CPNI"],
      ["policy-notice", "Policy 2"],
      ["password-reset", "Reset"],
      ["request-acknowledgement", "Received"],
      ["account-change-notice", "Password changed"],
    ];
    let clock = new Date("2026-11-30T10:00:00.000Z");
    for (const [kind, subject] of queued) {
      await enqueueEmail(handle.db, { kind, to: "a@example.com", subject, text: "Body" }, clock);
      clock = new Date(clock.getTime() + 1000);
    }
    const sender = recordingSender();
    await deliverPendingEmails(handle.db, { sender, from: FROM, batchSize: 2, concurrency: 1, now: () => clock });
    expect(sender.sent.map((message) => message.subject)).toEqual(["Reset", "Received", "Password changed", "Policy 1", "CPNI", "Policy 2", "Offer"]);
    expect(priorityOf("password-reset")).toBeLessThan(priorityOf("cpni-notice"));
    expect(priorityOf("cpni-notice")).toBeLessThan(priorityOf("promotion"));
  });

  it("keeps at most `concurrency` sends in flight", async () => {
    await enqueueEmails(handle.db, Array.from({ length: 12 }, (_, n) => ({ kind: "policy-notice" as const, to: `n${n}@example.com`, subject: "Notice", text: "Body" })));
    let inFlight = 0;
    let most = 0;
    const sender = {
      async sendMail() {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
      },
    };
    expect(await deliverPendingEmails(handle.db, { sender, from: FROM, batchSize: 6, concurrency: 3, now: () => new Date(Date.now() + 1000) })).toEqual({ sent: 12, failed: 0 });
    expect(most).toBe(3);
  });

  it("claims a batch for longer than its sends can take, so no rival can take a message in flight", async () => {
    // Five messages, two at a time: the last waits behind two rounds of sends, then takes its own.
    expect(claimDurationMs(5, 2)).toBe(3 * LONGEST_SEND_MS + CLAIM_MARGIN_MS);
    expect(claimDurationMs(5, 1)).toBe(5 * LONGEST_SEND_MS + CLAIM_MARGIN_MS);
    expect(CLAIM_DURATION_MS).toBeGreaterThan(LONGEST_SEND_MS);
    expect(LONGEST_SEND_MS).toBeGreaterThan(SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout);
    const start = new Date(Date.now() + 1000);
    await enqueueEmails(handle.db, Array.from({ length: 5 }, (_, n) => ({ kind: "policy-notice" as const, to: `n${n}@example.com`, subject: "Notice", text: "Body" })), start);
    // Every send takes as long as the transport allows, on a simulated clock. One at a time, so the simulated
    // clock does not depend on how the real one interleaves two sends (the formula for two is checked above).
    let clock = start;
    const rivalSent: Mail.Options[] = [];
    const slowest = {
      async sendMail(message: Mail.Options) {
        clock = new Date(clock.getTime() + LONGEST_SEND_MS);
        const row = await handle.db.selectFrom("emailOutbox").select(["nextAttemptAt", "sentAt"]).where("toAddress", "=", String(message.to)).executeTakeFirstOrThrow();
        // Still claimed as the send ends, and a rival dispatcher at this moment finds nothing to take.
        expect(row).toEqual({ sentAt: null, nextAttemptAt: new Date(start.getTime() + claimDurationMs(5, 1)).toISOString() });
        const rival = recordingSender();
        expect(await deliverPendingEmails(handle.db, { sender: rival, from: FROM, now: () => clock })).toEqual({ sent: 0, failed: 0 });
        rivalSent.push(...rival.sent);
      },
    };
    expect(await deliverPendingEmails(handle.db, { sender: slowest, from: FROM, batchSize: 5, concurrency: 1, now: () => clock })).toEqual({ sent: 5, failed: 0 });
    expect(clock.getTime() - start.getTime()).toBe(5 * LONGEST_SEND_MS);
    expect(rivalSent).toEqual([]);
  });

  it("never starts a send its claim might not outlast: a stalled batch gives the rest back, and they go with the next claim", async () => {
    const start = new Date(Date.now() + 1000);
    await enqueueEmails(handle.db, Array.from({ length: 4 }, (_, n) => ({ kind: "policy-notice" as const, to: `n${n}@example.com`, subject: "Notice", text: "Body" })), start);
    let clock = start;
    const claimsAtStart: number[] = [];
    // Each send takes twice what the transport allows (a stalled process, say).
    const stalling = {
      async sendMail(message: Mail.Options) {
        const row = await handle.db.selectFrom("emailOutbox").select("nextAttemptAt").where("toAddress", "=", String(message.to)).executeTakeFirstOrThrow();
        claimsAtStart.push(Date.parse(row.nextAttemptAt) - clock.getTime());
        clock = new Date(clock.getTime() + 2 * LONGEST_SEND_MS);
      },
    };
    expect(await deliverPendingEmails(handle.db, { sender: stalling, from: FROM, batchSize: 4, concurrency: 1, now: () => clock })).toEqual({ sent: 4, failed: 0 });
    expect(claimsAtStart).toHaveLength(4);
    for (const left of claimsAtStart) expect(left).toBeGreaterThanOrEqual(LONGEST_SEND_MS);
  });
});
