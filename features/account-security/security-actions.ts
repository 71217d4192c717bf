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
import { changeEmail, changePassword } from "./account-security-service";
import { type FormState, invalidFormState, readFormInput, textOf } from "./form-state";
import { changeEmailSchema, changePasswordSchema } from "./schemas";

const SECURITY_PAGE = "/account/security";
const WRONG_CURRENT_PASSWORD = "That is not your current password.";

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

export async function changeEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const account = await requireSignedIn(SECURITY_PAGE);
  const values = { newEmail: textOf(formData, "newEmail") };
  const parsed = changeEmailSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error, values);
  const { wait, recordFailure } = await currentPasswordThrottle(account.email);
  if (wait > 0) return { status: "error", message: `Too many attempts, try again in ${describeWait(wait)}.`, values };

  const outcome = await changeEmail(await database(), { accountId: account.accountId, ...parsed.data }, { siteUrl: env.SITE_URL });
  switch (outcome) {
    case "wrong-password":
      await recordFailure();
      return { status: "error", message: "Your email address was not changed.", fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD }, values };
    case "taken":
      return { status: "error", message: "Your email address was not changed.", fieldErrors: { newEmail: "Another account already uses that email address." }, values };
    case "unchanged":
      return { status: "error", message: "That is already your email address.", values };
    case "changed":
      kickEmailDispatcher();
      revalidatePath("/account", "layout");
      return { status: "success", message: `Your email address is now ${parsed.data.newEmail}. We have told both your old and your new address.` };
  }
}
