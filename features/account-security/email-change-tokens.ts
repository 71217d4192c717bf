import "server-only";
import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { hashToken } from "@/server/crypto/hash-token";
import type { Database } from "@/server/db/schema";

/** Long enough to reach a mailbox read once a day; short enough that an old email is no key. */
export const EMAIL_CHANGE_LINK_LIFETIME_MS = 24 * 60 * 60_000;

type Executor = Kysely<Database> | Transaction<Database>;

/** Ends the account's links that are still pending: only the newest request, or none, may be confirmed. */
export async function cancelPendingEmailChanges(db: Executor, accountId: string, now = new Date()): Promise<void> {
  await db.updateTable("emailChangeRequests").set({ usedAt: now.toISOString() }).where("accountId", "=", accountId).where("usedAt", "is", null).execute();
}

/** A new single-use token for changing the account's address to `newEmail`; the caller emails it to that address. */
export async function createEmailChangeToken(db: Executor, accountId: string, newEmail: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("emailChangeRequests")
    .values({
      tokenHash: hashToken(token),
      accountId,
      newEmail,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + EMAIL_CHANGE_LINK_LIFETIME_MS).toISOString(),
      usedAt: null,
    })
    .execute();
  return token;
}

/** The account a token would still change, and to what, without using it (the confirmation page asks first). */
export async function findUsableEmailChange(db: Executor, token: string, now = new Date()): Promise<{ accountId: string; newEmail: string } | undefined> {
  return db
    .selectFrom("emailChangeRequests")
    .select(["accountId", "newEmail"])
    .where("tokenHash", "=", hashToken(token))
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now.toISOString())
    .executeTakeFirst();
}

/**
 * Uses a token up and answers the address it confirms, or null when it is
 * unknown, expired, used, or not the given account's: ownership is part of
 * the conditional update, so another account's session never spends (or
 * uses) the link, and two requests racing with one token cannot both succeed.
 * The account's other pending links end with it.
 */
export async function consumeEmailChangeToken(db: Executor, token: string, accountId: string, now = new Date()): Promise<string | null> {
  const tokenHash = hashToken(token);
  const used = await db
    .updateTable("emailChangeRequests")
    .set({ usedAt: now.toISOString() })
    .where("tokenHash", "=", tokenHash)
    .where("accountId", "=", accountId)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now.toISOString())
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return null;
  const row = await db.selectFrom("emailChangeRequests").select("newEmail").where("tokenHash", "=", tokenHash).executeTakeFirstOrThrow();
  await cancelPendingEmailChanges(db, accountId, now);
  return row.newEmail;
}
