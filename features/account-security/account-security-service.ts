import "server-only";
import type { Kysely } from "kysely";
import { verifyAccountPassword } from "@/server/auth/account-credentials";
import { hashPassword } from "@/server/auth/password-hash";
import { revokeAccountSessions } from "@/server/auth/session-store";
import type { Database } from "@/server/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { findAccountEmail, updateAccountPassword } from "./account-repository";
import type { EmailContext } from "./password-reset-service";
import { passwordChangedEmail } from "./security-emails";

export type ChangePasswordOutcome = "changed" | "wrong-password";

/**
 * Changes a signed-in account's password after checking the current one.
 * Every session of the account ends, this browser's too (it began before the
 * change); the caller signs this browser in again with the new password. The
 * customer is emailed in the same transaction (FCC 64.2010(f)).
 */
export async function changePassword(
  db: Kysely<Database>,
  input: { accountId: string; currentPassword: string; newPassword: string },
  context: EmailContext,
): Promise<ChangePasswordOutcome> {
  const now = context.now ?? new Date();
  if (!(await verifyAccountPassword(db, input.accountId, input.currentPassword))) return "wrong-password";
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    const email = await findAccountEmail(trx, input.accountId);
    if (!email) throw new Error("The signed-in account no longer exists");
    await updateAccountPassword(trx, input.accountId, passwordHash, now);
    await revokeAccountSessions(trx, input.accountId, now);
    await enqueueEmail(trx, passwordChangedEmail(email, now, context.siteUrl), now);
  });
  return "changed";
}
