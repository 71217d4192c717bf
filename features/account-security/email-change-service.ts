import "server-only";
import type { Kysely } from "kysely";
import { verifyAccountPassword } from "@/server/auth/account-credentials";
import type { Database } from "@/server/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { findAccountEmail, isEmailTaken, isUniqueViolation, updateAccountEmail } from "./account-repository";
import { cancelPendingEmailChanges, consumeEmailChangeToken, createEmailChangeToken, findUsableEmailChange } from "./email-change-tokens";
import type { EmailContext } from "./password-reset-service";
import {
  confirmNewEmailAddressEmail,
  emailChangedNoticeToNewAddress,
  emailChangedNoticeToOldAddress,
  emailChangeRequestedNotice,
  newEmailAddressInUseEmail,
} from "./security-emails";

export const CONFIRM_EMAIL_CHANGE_PATH = "/account/security/confirm-email";

export type EmailChangeRequestOutcome = "requested" | "wrong-password" | "unchanged";

/**
 * Asks to change the address of record, after checking the password. Nothing
 * changes yet: the new address must be proved by opening the link emailed to
 * it. The answer is "requested" whether or not another account uses the new
 * address, so whoever is signed in cannot learn which addresses have accounts;
 * only the email to the new address differs (the link when the address is
 * free, an explanation without one when it is not), and the address of record
 * is told either way. Earlier pending links end, in both cases. The token and
 * the emails commit together. The two cases differ in time by one insert,
 * which the password check's scrypt before them drowns out.
 */
export async function requestEmailChange(
  db: Kysely<Database>,
  input: { accountId: string; currentPassword: string; newEmail: string },
  context: EmailContext,
): Promise<EmailChangeRequestOutcome> {
  const now = context.now ?? new Date();
  if (!(await verifyAccountPassword(db, input.accountId, input.currentPassword))) return "wrong-password";
  return db.transaction().execute(async (trx) => {
    const currentEmail = await findAccountEmail(trx, input.accountId);
    if (!currentEmail) throw new Error("The signed-in account no longer exists");
    // Their own address: saying so tells them nothing they do not know.
    if (currentEmail === input.newEmail) return "unchanged";
    await cancelPendingEmailChanges(trx, input.accountId, now);
    if (await isEmailTaken(trx, input.newEmail)) {
      await enqueueEmail(trx, newEmailAddressInUseEmail(input.newEmail, now, context.siteUrl), now);
    } else {
      const token = await createEmailChangeToken(trx, input.accountId, input.newEmail, now);
      const confirmUrl = `${context.siteUrl}${CONFIRM_EMAIL_CHANGE_PATH}?token=${encodeURIComponent(token)}`;
      await enqueueEmail(trx, confirmNewEmailAddressEmail(input.newEmail, confirmUrl), now);
    }
    await enqueueEmail(trx, emailChangeRequestedNotice(currentEmail, now, context.siteUrl), now);
    return "requested" as const;
  });
}

/** What the confirmation page shows for a link, before anything is used. */
export type EmailChangeLink = { kind: "usable"; newEmail: string } | { kind: "other-account" } | { kind: "unusable" };

/** Reads a link for the signed-in account without using it: mail scanners open links, so only the page's button confirms. */
export async function readEmailChangeLink(db: Kysely<Database>, input: { accountId: string; token: string }, now = new Date()): Promise<EmailChangeLink> {
  const pending = await findUsableEmailChange(db, input.token, now);
  if (!pending) return { kind: "unusable" };
  return pending.accountId === input.accountId ? { kind: "usable", newEmail: pending.newEmail } : { kind: "other-account" };
}

export type EmailChangeConfirmation =
  | { kind: "changed"; newEmail: string }
  /** Another account took the address after the link was sent. */
  | { kind: "taken"; newEmail: string }
  /** The link is pending, but for an account other than the signed-in one; it stays usable for its own. */
  | { kind: "other-account" }
  | { kind: "unusable" };

/**
 * Confirms a change with its link's token, for the signed-in account only:
 * the token is used up, the new address checked again, the address changed
 * and both the old and the new address told (FCC 64.2010(f)), all in one
 * transaction.
 */
export async function confirmEmailChange(
  db: Kysely<Database>,
  input: { accountId: string; token: string },
  context: EmailContext,
): Promise<EmailChangeConfirmation> {
  const now = context.now ?? new Date();
  let claimed = "";
  try {
    return await db.transaction().execute(async (trx): Promise<EmailChangeConfirmation> => {
      const newEmail = await consumeEmailChangeToken(trx, input.token, input.accountId, now);
      if (!newEmail) {
        const pending = await findUsableEmailChange(trx, input.token, now);
        return pending && pending.accountId !== input.accountId ? { kind: "other-account" } : { kind: "unusable" };
      }
      claimed = newEmail;
      const oldEmail = await findAccountEmail(trx, input.accountId);
      if (!oldEmail) throw new Error("The signed-in account no longer exists");
      // The link is used up either way: the address cannot be had, and asking again gives a fresh answer.
      if (await isEmailTaken(trx, newEmail)) return { kind: "taken", newEmail };
      await updateAccountEmail(trx, input.accountId, newEmail);
      await enqueueEmail(trx, emailChangedNoticeToOldAddress(oldEmail, now, context.siteUrl), now);
      await enqueueEmail(trx, emailChangedNoticeToNewAddress(newEmail, now, context.siteUrl), now);
      return { kind: "changed", newEmail };
    });
  } catch (error) {
    // Another account claiming the address at the same moment: the unique index decides, and nothing was written.
    if (claimed && isUniqueViolation(error)) return { kind: "taken", newEmail: claimed };
    throw error;
  }
}
