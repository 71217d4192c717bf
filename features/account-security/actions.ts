"use server";

import { CredentialsSignin } from "next-auth";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { describeWait } from "@/server/auth/attempt-throttle";
import { passwordResetThrottle, resetLinkThrottle, signInThrottle } from "@/server/auth/attempt-throttles";
import { signIn } from "@/server/auth/auth";
import { currentPasswordThrottle } from "@/server/auth/reauthenticate";
import { safeNextPath } from "@/server/auth/safe-next-path";
import { SignInThrottled } from "@/server/auth/sign-in-errors";
import { formAction, refuse } from "@/server/boundary";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { syncAdvertisingCookie } from "@/features/preferences";
import { findAccountForReset } from "./account-repository";
import { changePassword } from "./account-security-service";
import { confirmEmailChange, requestEmailChange } from "./email-change-service";
import { requestPasswordReset, resetPasswordWithToken } from "./password-reset-service";
import { changeEmailSchema, changePasswordSchema, confirmEmailChangeSchema, forgotPasswordSchema, resetPasswordSchema, signInSchema } from "./schemas";
import { logger } from "@/server/log/logger.mjs";

/**
 * Every form of sign-in, password reset and the Password and email page, each
 * through the boundary (server/boundary): the session and role first, then the
 * strict schema, then the work here. A `refuse()` becomes the form's error
 * state with what was typed kept (never a password).
 */

const SECURITY_PAGE = "/account/security";
const WRONG_CREDENTIALS_MESSAGE = "That email and password do not match. Check them and try again.";
const WRONG_CURRENT_PASSWORD = "That is not your current password.";
const RESET_REQUESTED_MESSAGE =
  "If an account uses that email address, we have sent it a link to choose a new password. The link works once, for 30 minutes.";
const EMAIL_CHANGE_LINK_UNUSABLE =
  "This link has expired, has been used, or was copied incompletely, so nothing was changed. Ask for a new link on the Password and email page.";
const EMAIL_CHANGE_OTHER_ACCOUNT =
  "This link is for another account, so nothing was changed. Sign out, sign in to the account that asked for the change, and open the link again.";

/**
 * The sign-in form. Auth.js's Credentials provider checks the password, the
 * throttle and starts the session (server/auth/auth.ts); this turns its answer
 * into words, sets or removes this browser's advertising cookie for the
 * person now signed in (features/preferences decides), and goes on to `next`
 * (a path on this site) or the account.
 */
export const signInAction = formAction({
  access: "public",
  schema: signInSchema,
  run: async (input, context) => {
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    } catch (error) {
      if (error instanceof SignInThrottled) refuse(`Too many attempts, try again in ${describeWait(error.retryAfterSeconds)}.`);
      if (error instanceof CredentialsSignin) refuse(WRONG_CREDENTIALS_MESSAGE);
      throw error;
    }
    // The credentials matched this active account: the same lookup the reset form makes.
    const account = await findAccountForReset(context.db, input.email);
    if (account) await syncAdvertisingCookie(context.db, account.id, context.siteUrl);
    redirect(safeNextPath(input.next) ?? "/account");
  },
});

/**
 * Asks for a reset link. The answer is the same whether or not the address
 * has an account, and so is its timing: the lookup and the email happen after
 * the response is sent.
 */
export const requestPasswordResetAction = formAction({
  access: "public",
  schema: forgotPasswordSchema,
  run: async ({ email }, context) => {
    const throttle = await passwordResetThrottle();
    const subject = { account: email, address: await context.clientAddress() };
    const wait = await throttle.retryAfterSeconds(subject);
    if (wait > 0) refuse(`Too many requests, try again in ${describeWait(wait)}.`);
    await throttle.recordAttempt(subject);

    after(async () => {
      try {
        await requestPasswordReset(context.db, email, context);
        kickEmailDispatcher();
      } catch (error) {
        logger().error(`Password reset request failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return { status: "success", message: RESET_REQUESTED_MESSAGE };
  },
});

/**
 * Sets the new password. Links that do not work are counted per client
 * address, so nobody can make the server hash passwords for made-up links
 * without end; a link that works clears the account's sign-in ceiling, since
 * the owner has just proved they read its mail.
 */
export const resetPasswordAction = formAction({
  access: "public",
  schema: resetPasswordSchema,
  run: async (input, context) => {
    const address = await context.clientAddress();
    const links = await resetLinkThrottle();
    const wait = await links.retryAfterSeconds(address);
    if (wait > 0) refuse(`Too many reset links that did not work, try again in ${describeWait(wait)}.`);

    const outcome = await resetPasswordWithToken(context.db, input, context);
    if (outcome.kind === "link-unusable") {
      await links.recordAttempt(address);
      refuse("This reset link has expired or has already been used. Ask for a new link below.");
    }
    await (await signInThrottle()).forgetAccount(outcome.email);
    kickEmailDispatcher();
    redirect("/sign-in?reset=1");
  },
});

/**
 * Changes the password of the signed-in account, after its current one (which
 * counts against the sign-in allowance when wrong). Every session ends with
 * the change, this one too, so this browser signs in again with the new one.
 */
export const changePasswordAction = formAction({
  access: "signed-in",
  returnTo: SECURITY_PAGE,
  schema: changePasswordSchema,
  run: async (input, context) => {
    const { actor } = context;
    const { wait, recordFailure } = await currentPasswordThrottle(actor.email);
    if (wait > 0) refuse(`Too many attempts, try again in ${describeWait(wait)}.`);

    const outcome = await changePassword(context.db, { accountId: actor.accountId, ...input }, context);
    if (outcome === "wrong-password") {
      await recordFailure();
      refuse("Your password was not changed.", { currentPassword: WRONG_CURRENT_PASSWORD });
    }
    kickEmailDispatcher();
    // Every session ended with the change, this one too; start a fresh one here with the new password.
    try {
      await signIn("credentials", { email: actor.email, password: input.newPassword, redirect: false });
    } catch (error) {
      if (error instanceof CredentialsSignin) redirect(`/sign-in?next=${encodeURIComponent(SECURITY_PAGE)}`);
      throw error;
    }
    // A fresh page, not a form state: the new session cookie makes Next.js re-render the page anyway.
    redirect(`${SECURITY_PAGE}?changed=password`);
  },
});

/**
 * Asks for a change of email address. A free address and one another account
 * uses get the same answer, and nothing else on the page differs (the
 * account's address does not change yet, so nothing is revalidated): the
 * form must not tell whoever is signed in which addresses have accounts.
 */
export const changeEmailAction = formAction({
  access: "signed-in",
  returnTo: SECURITY_PAGE,
  schema: changeEmailSchema,
  run: async (input, context) => {
    const { actor } = context;
    const { wait, recordFailure } = await currentPasswordThrottle(actor.email);
    if (wait > 0) refuse(`Too many attempts, try again in ${describeWait(wait)}.`);

    const outcome = await requestEmailChange(context.db, { accountId: actor.accountId, ...input }, context);
    switch (outcome) {
      case "wrong-password":
        await recordFailure();
        return refuse("Your email address was not changed.", { currentPassword: WRONG_CURRENT_PASSWORD });
      case "unchanged":
        return refuse("That is already your email address.");
      case "requested":
        kickEmailDispatcher();
        return { status: "success", message: `We sent a link to ${input.newEmail}. Your email address changes when you open it (within 24 hours).` };
    }
  },
});

/**
 * The confirmation page's button. The signed-in account is checked here, in
 * the action (never only by proxy.ts or the page that showed the button): a
 * link confirms a change only for the account that asked for it. Without a
 * session: sign in, and back to the link (the request's own path, with its
 * token), so no `returnTo`.
 */
export const confirmEmailChangeAction = formAction({
  access: "signed-in",
  schema: confirmEmailChangeSchema,
  run: async ({ token }, context) => {
    const { actor } = context;
    const outcome = await confirmEmailChange(context.db, { accountId: actor.accountId, token }, context);
    switch (outcome.kind) {
      case "unusable":
        return refuse(EMAIL_CHANGE_LINK_UNUSABLE);
      case "other-account":
        return refuse(EMAIL_CHANGE_OTHER_ACCOUNT);
      case "taken":
        return refuse(`Another account started using ${outcome.newEmail} after you asked for the change, so your email address was not changed.`);
      case "changed":
        kickEmailDispatcher();
        revalidatePath("/account", "layout");
        redirect(`${SECURITY_PAGE}?changed=email`);
    }
  },
});
