import "server-only";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema";
import type { MailSender } from "./mail-transport";

/**
 * How long a dispatcher owns a message it claimed. It must outlast a slow SMTP
 * exchange (the transport gives up after about a minute); if the process dies
 * mid-send, the message becomes due again when the claim runs out.
 */
export const CLAIM_DURATION_MS = 5 * 60_000;
/** After this many failures a message is parked (never retried) and shown as failed. */
export const MAX_ATTEMPTS = 10;
export const PARKED_UNTIL = "9999-12-31T23:59:59.999Z";

export interface DeliveryOptions {
  sender: MailSender;
  from: string;
  now?: () => Date;
  batchSize?: number;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/** Exponential backoff: 30 s, 1 min, 2 min … capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/**
 * Sends the outbox's due messages. Safe with several dispatchers (processes or
 * instances) at once: a message is claimed by moving its `next_attempt_at`
 * into the future with a compare-and-set on the value just read, so only one
 * claimer's update matches. SQLite serializes writers; PostgreSQL re-checks
 * the WHERE clause after waiting for the row lock.
 */
export async function deliverPendingEmails(db: Kysely<Database>, options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const report: DeliveryReport = { sent: 0, failed: 0 };
  const due = await db
    .selectFrom("emailOutbox")
    .select(["id", "nextAttemptAt"])
    .where("sentAt", "is", null)
    .where("nextAttemptAt", "<=", now().toISOString())
    .orderBy("nextAttemptAt")
    .orderBy("createdAt")
    .limit(options.batchSize ?? 25)
    .execute();

  for (const candidate of due) {
    const claimedUntil = new Date(now().getTime() + CLAIM_DURATION_MS).toISOString();
    const claim = await db
      .updateTable("emailOutbox")
      .set({ nextAttemptAt: claimedUntil })
      .where("id", "=", candidate.id)
      .where("sentAt", "is", null)
      .where("nextAttemptAt", "=", candidate.nextAttemptAt)
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue; // another dispatcher got it first

    const message = await db
      .selectFrom("emailOutbox")
      .select(["id", "toAddress", "subject", "textBody", "headersJson", "attempts"])
      .where("id", "=", candidate.id)
      .executeTakeFirstOrThrow();
    try {
      await options.sender.sendMail({
        from: options.from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        headers: JSON.parse(message.headersJson) as Record<string, string>,
      });
      await db.updateTable("emailOutbox").set({ sentAt: now().toISOString(), lastError: null }).where("id", "=", message.id).execute();
      report.sent += 1;
    } catch (error) {
      const attempts = message.attempts + 1;
      const nextAttemptAt = attempts >= MAX_ATTEMPTS || isPermanentFailure(error) ? PARKED_UNTIL : new Date(now().getTime() + retryDelayMs(attempts)).toISOString();
      await db
        .updateTable("emailOutbox")
        .set({ attempts: sql<number>`attempts + 1`, lastError: describeFailure(error), nextAttemptAt })
        .where("id", "=", message.id)
        .execute();
      report.failed += 1;
    }
  }
  return report;
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
