import "server-only";
import { type Kysely, sql } from "kysely";
import pLimit from "p-limit";
import type { Database } from "../db/schema";
import { EMAIL_PRIORITIES } from "./enqueue-email";
import { LONGEST_SEND_MS, type MailSender, SMTP_CONNECTIONS } from "./mail-transport";

/** After this many failures a message is parked (never retried) and shown as failed. */
export const MAX_ATTEMPTS = 10;
export const PARKED_UNTIL = "9999-12-31T23:59:59.999Z";

/** Sends in flight at once: one per pooled SMTP connection. */
export const DEFAULT_CONCURRENCY = SMTP_CONNECTIONS;
/**
 * Messages claimed at once. Small, so that mail of a higher priority that
 * falls due during a notice run waits behind at most one batch (two sends per
 * connection), and so that a claim stays short (below).
 */
export const DEFAULT_BATCH_SIZE = 2 * DEFAULT_CONCURRENCY;
/** Room for clocks that differ between instances and for the database writes around a send. */
export const CLAIM_MARGIN_MS = 60_000;

/**
 * How long a dispatcher owns the messages it claimed in one batch: long
 * enough for the batch's last message to wait behind the sends ahead of it in
 * its slot and then take the longest send the transport allows, so a claim
 * never runs out while its message may still be in flight (and no other
 * dispatcher can send it too). When a process dies mid-batch, its messages
 * are due again once the claim runs out.
 */
export function claimDurationMs(batchSize: number, concurrency: number): number {
  return Math.ceil(batchSize / concurrency) * LONGEST_SEND_MS + CLAIM_MARGIN_MS;
}

/** The claim of a batch of the default size and concurrency. */
export const CLAIM_DURATION_MS = claimDurationMs(DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY);

export interface DeliveryOptions {
  sender: MailSender;
  from: string;
  now?: () => Date;
  batchSize?: number;
  concurrency?: number;
  /** Once aborted, no further batch is claimed; the batch being sent finishes (a graceful stop). */
  signal?: AbortSignal;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/** Exponential backoff: 30 s, 1 min, 2 min … capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

interface ClaimedMessage {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  headersJson: string;
  attempts: number;
}

/**
 * Sends the outbox's due messages until none is due: claims a small batch,
 * most urgent priority first, sends it with at most `concurrency` messages in
 * flight, and claims again, so mail that falls due meanwhile is seen after
 * one batch. Safe with several dispatchers (processes or instances) at once:
 * see claimBatch.
 */
export async function deliverPendingEmails(db: Kysely<Database>, options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const batchSize = positiveInteger(options.batchSize ?? DEFAULT_BATCH_SIZE, "batchSize");
  const concurrency = positiveInteger(options.concurrency ?? DEFAULT_CONCURRENCY, "concurrency");
  const claimMs = claimDurationMs(batchSize, concurrency);
  const limit = pLimit(concurrency);
  const report: DeliveryReport = { sent: 0, failed: 0 };

  while (!options.signal?.aborted) {
    const batch = await claimBatch(db, now(), batchSize, claimMs);
    if (!batch) break;
    // Every send of the batch ends (and is recorded) before a failure to record one is reported.
    const outcomes = await Promise.allSettled(batch.messages.map((message) => limit(() => deliverOne(db, message, batch.claimedUntil, options, now, report))));
    const failure = outcomes.find((outcome) => outcome.status === "rejected");
    if (failure) throw failure.reason;
  }
  return report;
}

/**
 * Claims up to `batchSize` due messages: reads the ids of the oldest due of
 * each priority in turn (each read one range of the index on (priority,
 * next_attempt_at)), then moves their `next_attempt_at` to the claim's end in
 * one compare-and-set: only rows still unsent and still due change, and
 * RETURNING says which. Two dispatchers that read the same ids cannot both
 * take a row: SQLite runs one writer at a time, and PostgreSQL, after waiting
 * for the other's row lock, checks the WHERE clause again against the row as
 * the other left it (READ COMMITTED; "Transaction Isolation", §13.2.1 of its
 * manual). Answers null when nothing is due; an empty batch when others took
 * everything read.
 */
async function claimBatch(db: Kysely<Database>, at: Date, batchSize: number, claimMs: number): Promise<{ messages: ClaimedMessage[]; claimedUntil: string } | null> {
  const nowIso = at.toISOString();
  const ids: string[] = [];
  for (const priority of EMAIL_PRIORITIES) {
    if (ids.length >= batchSize) break;
    const due = await db
      .selectFrom("emailOutbox")
      .select("id")
      .where("sentAt", "is", null)
      .where("priority", "=", priority)
      .where("nextAttemptAt", "<=", nowIso)
      .orderBy("nextAttemptAt")
      .limit(batchSize - ids.length)
      .execute();
    ids.push(...due.map((row) => row.id));
  }
  if (ids.length === 0) return null;

  const claimedUntil = new Date(at.getTime() + claimMs).toISOString();
  const claimed = await db
    .updateTable("emailOutbox")
    .set({ nextAttemptAt: claimedUntil })
    .where("id", "in", ids)
    .where("sentAt", "is", null)
    .where("nextAttemptAt", "<=", nowIso)
    .returning(["id", "toAddress", "subject", "textBody", "headersJson", "attempts"])
    .execute();
  // RETURNING follows no order; send in the order read (priority, then oldest due).
  const position = new Map(ids.map((id, index) => [id, index]));
  claimed.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return { messages: claimed, claimedUntil };
}

async function deliverOne(db: Kysely<Database>, message: ClaimedMessage, claimedUntil: string, options: DeliveryOptions, now: () => Date, report: DeliveryReport): Promise<void> {
  // Changes the row only while the claim is still this dispatcher's.
  const whileClaimed = () => db.updateTable("emailOutbox").where("id", "=", message.id).where("sentAt", "is", null).where("nextAttemptAt", "=", claimedUntil);

  // Start a send only if it ends before the claim does, even at its slowest. Should the process have stalled
  // (or the database been slow) so that it would not, give the message back at once rather than risk it twice.
  if (now().getTime() + LONGEST_SEND_MS > Date.parse(claimedUntil)) {
    await whileClaimed().set({ nextAttemptAt: now().toISOString() }).execute();
    return;
  }

  let failure: unknown = null;
  try {
    const info = await options.sender.sendMail({
      from: options.from,
      to: message.toAddress,
      subject: message.subject,
      text: message.textBody,
      headers: JSON.parse(message.headersJson) as Record<string, string>,
    });
    failure = refusedRecipients(info);
  } catch (error) {
    failure = error ?? new Error("The mail transport failed without saying why");
  }

  if (!failure) {
    // The server has taken it (its 250 reply to the end of the data, RFC 5321 §4.1.1.4): record that, whoever holds the row now.
    await db.updateTable("emailOutbox").set({ sentAt: now().toISOString(), lastError: null }).where("id", "=", message.id).execute();
    report.sent += 1;
    return;
  }
  const attempts = message.attempts + 1;
  const nextAttemptAt = attempts >= MAX_ATTEMPTS || isPermanentFailure(failure) ? PARKED_UNTIL : new Date(now().getTime() + retryDelayMs(attempts)).toISOString();
  await whileClaimed().set({ attempts: sql<number>`attempts + 1`, lastError: describeFailure(failure), nextAttemptAt }).execute();
  report.failed += 1;
}

/** nodemailer answers with the recipients the server refused; with one recipient it throws instead, but a sender that answers is believed only if it refused none. */
function refusedRecipients(info: unknown): Error | null {
  const rejected = typeof info === "object" && info !== null && "rejected" in info && Array.isArray(info.rejected) ? info.rejected : [];
  return rejected.length > 0 ? new Error("The mail server refused the recipient") : null;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not ${value}`);
  return value;
}

/**
 * The mail server refused the message for good (an SMTP 5xx reply, RFC 5321
 * §4.2.1: "permanent negative completion", such as 550 no such mailbox):
 * trying again would get the same answer, so the message is parked at once
 * and shows as failed (a CPNI notice so refused counts as undeliverable).
 */
function isPermanentFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "responseCode" in error ? Number(error.responseCode) : NaN;
  return code >= 500 && code < 600;
}

/** Kept short, and never the message itself: the body may hold a reset link. */
function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}
