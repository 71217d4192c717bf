import "server-only";
import { randomUUID } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { Database, EmailOutboxTable } from "../db/schema";

/**
 * Lower goes first. The dispatcher sends every due message of one priority
 * before any of the next, so a password reset queued behind a notice run to
 * every customer leaves with the next batch.
 */
export const EmailPriority = {
  /** Someone is waiting for it, or a law wants it at once: resets, confirmations, security notices, request mail. */
  immediate: 0,
  /** Notices the law or our policy requires but that go to every customer in one run, over days, not minutes. */
  bulkNotice: 1,
  /** Marketing: sent when nothing else is due. */
  promotion: 2,
} as const;

/**
 * Every kind of email the center sends, and the one place its priority and
 * category are decided: a caller names the kind and cannot forget (or get
 * wrong) how soon it goes.
 */
const EMAIL_KINDS = {
  /** The link someone just asked for (features/account-security). */
  "password-reset": { priority: EmailPriority.immediate, category: "transactional" },
  /** The link that proves a new address is theirs, asked for a moment ago. */
  "email-change-confirmation": { priority: EmailPriority.immediate, category: "transactional" },
  /**
   * The password, address of record or email address changed (or a change was asked for): 47 CFR 64.2010(f)
   * requires telling the customer "immediately", and a customer who did not make the change must learn it first.
   */
  "account-change-notice": { priority: EmailPriority.immediate, category: "transactional" },
  /** A request was received (the acknowledgement the CCPA, 11 CCR 7021, and our policy promise). */
  "request-acknowledgement": { priority: EmailPriority.immediate, category: "transactional" },
  /** A letter of a request's workflow: an answer, an extension, a denial, with a deadline running. */
  "request-notice": { priority: EmailPriority.immediate, category: "transactional" },
  /**
   * A material change of the privacy policy, to every customer. Required by our policy, but one run reaches
   * everyone: the notice is dated by when it was queued, and an hour's wait harms no one.
   */
  "policy-notice": { priority: EmailPriority.bulkNotice, category: "transactional" },
  /**
   * The CPNI notice (47 CFR 64.2008(c)): legally required, not marketing, but sent by a job to every customer
   * due one, and the 30-day waiting period of 64.2008(d)(1) runs from sending whatever the hour.
   */
  "cpni-notice": { priority: EmailPriority.bulkNotice, category: "transactional" },
  /** Marketing to a list the customer can leave (features/unsubscribe). */
  promotion: { priority: EmailPriority.promotion, category: "promotional" },
} as const satisfies Record<string, { priority: number; category: EmailOutboxTable["category"] }>;

export type EmailKind = keyof typeof EMAIL_KINDS;

/** The priorities a dispatcher claims in, most urgent first. */
export const EMAIL_PRIORITIES: readonly number[] = [...new Set(Object.values(EMAIL_KINDS).map((kind) => kind.priority))].sort((a, b) => a - b);

export function priorityOf(kind: EmailKind): number {
  return EMAIL_KINDS[kind].priority;
}

export interface OutgoingEmail {
  /** What the email is: decides how soon it goes and whether it is promotional. */
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe for promotional email. */
  headers?: Record<string, string>;
}

/**
 * Writes an email to the outbox inside the caller's transaction, so the
 * business change and its email commit (or roll back) together. Nothing is
 * sent here: call `kickEmailDispatcher()` once the transaction has committed.
 */
export async function enqueueEmail(trx: Transaction<Database> | Kysely<Database>, email: OutgoingEmail, now = new Date()): Promise<string> {
  const [id] = await enqueueEmails(trx, [email], now);
  return id!;
}

/** Rows per insert: 12 columns each stays far below PostgreSQL's 65,535 and SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 500;

/** Like `enqueueEmail`, for many emails at once (a notice run), a few hundred rows per statement. */
export async function enqueueEmails(trx: Transaction<Database> | Kysely<Database>, emails: readonly OutgoingEmail[], now = new Date()): Promise<string[]> {
  const rows = emails.map((email) => outboxRow(email, now));
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await trx.insertInto("emailOutbox").values(rows.slice(start, start + ROWS_PER_INSERT)).execute();
  }
  return rows.map((row) => row.id);
}

function outboxRow(email: OutgoingEmail, now: Date): Insertable<EmailOutboxTable> & { id: string } {
  const timestamp = now.toISOString();
  const kind = EMAIL_KINDS[email.kind];
  return {
    id: randomUUID(),
    toAddress: email.to,
    subject: email.subject,
    textBody: email.text,
    headersJson: JSON.stringify(email.headers ?? {}),
    category: kind.category,
    priority: kind.priority,
    createdAt: timestamp,
    sentAt: null,
    attempts: 0,
    lastError: null,
    nextAttemptAt: timestamp,
  };
}
