"use server";

import { CredentialsSignin } from "next-auth";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { describeWait } from "@/server/auth/attempt-throttle";
import { signIn } from "@/server/auth/auth";
import { requireSignedIn } from "@/server/auth/current-account";
import { currentPasswordThrottle } from "@/server/auth/reauthenticate";
import { database } from "@/server/db/database";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { env } from "@/server/env";
import { changePassword } from "./account-security-service";
import { confirmEmailChange, requestEmailChange } from "./email-change-service";
import { type FormState, invalidFormState, readFormInput, textOf } from "./form-state";
import { changeEmailSchema, changePasswordSchema, confirmEmailChangeSchema } from "./schemas";

const SECURITY_PAGE = "/account/security";
const WRONG_CURRENT_PASSWORD = "That is not your current password.";
const EMAIL_CHANGE_LINK_UNUSABLE =
  "This link has expired, has been used, or was copied incompletely, so nothing was changed. Ask for a new link on the Password and email page.";
const EMAIL_CHANGE_OTHER_ACCOUNT =
  "This link is for another account, so nothing was changed. Sign out, sign in to the account that asked for the change, and open the link again.";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const account = await requireSignedIn(SECURITY_PAGE);
  const parsed = changePasswordSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error);
  const { wait, recordFailure } = await currentPasswordThrottle(account.email);
  if (wait > 0) return { status: "error", message: `Too many attempts, try again in ${describeWait(wait)}.` };

  const outcome = await changePassword(await database(), { accountId: account.accountId, ...parsed.data }, { siteUrl: env.SITE_URL });
  if (outcome === "wrong-password") {
    await recordFailure();
    return { status: "error", message: "Your password was not changed.", fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD } };
  }
  kickEmailDispatcher();
  // Every session ended with the change, this one too; start a fresh one here with the new password.
  try {
    await signIn("credentials", { email: account.email, password: parsed.data.newPassword, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) redirect(`/sign-in?next=${encodeURIComponent(SECURITY_PAGE)}`);
    throw error;
  }
  // A fresh page, not a form state: the new session cookie makes Next.js re-render the page anyway.
  redirect(`${SECURITY_PAGE}?changed=password`);
}

/**
 * Asks for a change of email address. A free address and one another account
 * uses get the same answer, and nothing else on the page differs (the
 * account's address does not change yet, so nothing is revalidated): the
 * form must not tell whoever is signed in which addresses have accounts.
 */
export async function changeEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const account = await requireSignedIn(SECURITY_PAGE);
  const values = { newEmail: textOf(formData, "newEmail") };
  const parsed = changeEmailSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error, values);
  const { wait, recordFailure } = await currentPasswordThrottle(account.email);
  if (wait > 0) return { status: "error", message: `Too many attempts, try again in ${describeWait(wait)}.`, values };

  const outcome = await requestEmailChange(await database(), { accountId: account.accountId, ...parsed.data }, { siteUrl: env.SITE_URL });
  switch (outcome) {
    case "wrong-password":
      await recordFailure();
      return { status: "error", message: "Your email address was not changed.", fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD }, values };
    case "unchanged":
      return { status: "error", message: "That is already your email address.", values };
    case "requested":
      kickEmailDispatcher();
      return { status: "success", message: `We sent a link to ${parsed.data.newEmail}. Your email address changes when you open it (within 24 hours).` };
  }
}

/**
 * The confirmation page's button. The signed-in account is checked here, in
 * the action (never only by proxy.ts or the page that showed the button): a
 * link confirms a change only for the account that asked for it.
 */
export async function confirmEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Without a session, sign in and come back to the link (the request's own path, with its token).
  const account = await requireSignedIn();
  const parsed = confirmEmailChangeSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return { status: "error", message: EMAIL_CHANGE_LINK_UNUSABLE };

  const outcome = await confirmEmailChange(await database(), { accountId: account.accountId, token: parsed.data.token }, { siteUrl: env.SITE_URL });
  switch (outcome.kind) {
    case "unusable":
      return { status: "error", message: EMAIL_CHANGE_LINK_UNUSABLE };
    case "other-account":
      return { status: "error", message: EMAIL_CHANGE_OTHER_ACCOUNT };
    case "taken":
      return { status: "error", message: `Another account started using ${outcome.newEmail} after you asked for the change, so your email address was not changed.` };
    case "changed":
      kickEmailDispatcher();
      revalidatePath("/account", "layout");
      redirect(`${SECURITY_PAGE}?changed=email`);
  }
}
