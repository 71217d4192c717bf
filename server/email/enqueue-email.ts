import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe for promotional email. */
  headers?: Record<string, string>;
  category?: "transactional" | "promotional";
}

/**
 * Writes an email to the outbox inside the caller's transaction, so the
 * business change and its email commit (or roll back) together. Nothing is
 * sent here: call `kickEmailDispatcher()` once the transaction has committed.
 */
export async function enqueueEmail(trx: Transaction<Database> | Kysely<Database>, email: OutgoingEmail, now = new Date()): Promise<string> {
  const id = randomUUID();
  const timestamp = now.toISOString();
  await trx
    .insertInto("emailOutbox")
    .values({
      id,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      headersJson: JSON.stringify(email.headers ?? {}),
      category: email.category ?? "transactional",
      createdAt: timestamp,
      sentAt: null,
      attempts: 0,
      lastError: null,
      nextAttemptAt: timestamp,
    })
    .execute();
  return id;
}
