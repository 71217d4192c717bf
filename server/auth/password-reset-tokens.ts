import "server-only";
import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { hashToken } from "../crypto/hash-token";
import type { Database } from "../db/schema";

export const RESET_TOKEN_LIFETIME_MS = 30 * 60_000;

type Executor = Kysely<Database> | Transaction<Database>;

/** A new single-use token for the account; the caller emails it, the database keeps its hash. */
export async function createPasswordResetToken(db: Executor, accountId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("passwordResetTokens")
    .values({
      tokenHash: hashToken(token),
      accountId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + RESET_TOKEN_LIFETIME_MS).toISOString(),
      usedAt: null,
    })
    .execute();
  return token;
}

/** Whether a token would still work, without using it (the reset page shows its form only then). */
export async function isPasswordResetTokenUsable(db: Executor, token: string, now = new Date()): Promise<boolean> {
  const row = await db
    .selectFrom("passwordResetTokens")
    .select("tokenHash")
    .where("tokenHash", "=", hashToken(token))
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Uses a token up and answers whose account it opens, or null when it is
 * unknown, expired or already used. The conditional update is the check, so
 * two requests racing with one token cannot both succeed.
 */
export async function consumePasswordResetToken(db: Executor, token: string, now = new Date()): Promise<string | null> {
  const tokenHash = hashToken(token);
  const used = await db
    .updateTable("passwordResetTokens")
    .set({ usedAt: now.toISOString() })
    .where("tokenHash", "=", tokenHash)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now.toISOString())
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return null;
  const row = await db.selectFrom("passwordResetTokens").select("accountId").where("tokenHash", "=", tokenHash).executeTakeFirstOrThrow();
  // Any other link the account was sent stops working too.
  await db.updateTable("passwordResetTokens").set({ usedAt: now.toISOString() }).where("accountId", "=", row.accountId).where("usedAt", "is", null).execute();
  return row.accountId;
}
