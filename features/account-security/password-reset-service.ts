import "server-only";
import type { Kysely } from "kysely";
import { hashPassword } from "@/server/auth/password-hash";
import { consumePasswordResetToken, createPasswordResetToken, isPasswordResetTokenUsable } from "@/server/auth/password-reset-tokens";
import { revokeAccountSessions } from "@/server/auth/session-store";
import type { Database } from "@/server/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { findAccountEmail, findAccountForReset, updateAccountPassword } from "./account-repository";
import { passwordChangedEmail, passwordResetEmail } from "./security-emails";

export interface EmailContext {
  /** The site's public address, for links in emails. */
  siteUrl: string;
  now?: Date;
}

/**
 * Emails a reset link when the address belongs to an active account, and does
 * nothing otherwise: the caller answers the same either way. The token and its
 * email commit together.
 */
export async function requestPasswordReset(db: Kysely<Database>, email: string, context: EmailContext): Promise<void> {
  const now = context.now ?? new Date();
  const account = await findAccountForReset(db, email);
  if (!account) return;
  await db.transaction().execute(async (trx) => {
    const token = await createPasswordResetToken(trx, account.id, now);
    await enqueueEmail(trx, passwordResetEmail(account.email, `${context.siteUrl}/reset-password?token=${encodeURIComponent(token)}`), now);
  });
}

export type ResetOutcome = { kind: "reset"; email: string } | { kind: "link-unusable" };

/**
 * Sets a new password with a reset link's token: the token is used up, every
 * session of the account ends, and the customer is told by email, all in one
 * transaction. The token is checked before the slow hash is computed, so a
 * made-up link costs one indexed read, not 64 MiB of scrypt; the hash is
 * computed before the transaction opens, and the transaction checks the token
 * again as it uses it up.
 */
export async function resetPasswordWithToken(
  db: Kysely<Database>,
  input: { token: string; newPassword: string },
  context: EmailContext & { hash?: (password: string) => Promise<string> },
): Promise<ResetOutcome> {
  const now = context.now ?? new Date();
  if (!(await isPasswordResetTokenUsable(db, input.token, now))) return { kind: "link-unusable" };
  const passwordHash = await (context.hash ?? hashPassword)(input.newPassword);
  return db.transaction().execute(async (trx) => {
    const accountId = await consumePasswordResetToken(trx, input.token, now);
    const email = accountId ? await findAccountEmail(trx, accountId) : undefined;
    if (!accountId || !email) return { kind: "link-unusable" } as const;
    await updateAccountPassword(trx, accountId, passwordHash, now);
    await revokeAccountSessions(trx, accountId, now);
    await enqueueEmail(trx, passwordChangedEmail(email, now, context.siteUrl), now);
    return { kind: "reset", email } as const;
  });
}
