"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { describeWait } from "@/server/auth/attempt-throttle";
import { passwordResetThrottle, resetLinkThrottle, signInThrottle } from "@/server/auth/attempt-throttles";
import { readClientAddress } from "@/server/auth/client-address";
import { database } from "@/server/db/database";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { env } from "@/server/env";
import { type FormState, invalidFormState, readFormInput, textOf } from "./form-state";
import { requestPasswordReset, resetPasswordWithToken } from "./password-reset-service";
import { forgotPasswordSchema, resetPasswordSchema } from "./schemas";

const RESET_REQUESTED_MESSAGE =
  "If an account uses that email address, we have sent it a link to choose a new password. The link works once, for 30 minutes.";

/**
 * Asks for a reset link. The answer is the same whether or not the address
 * has an account, and so is its timing: the lookup and the email happen after
 * the response is sent.
 */
export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: textOf(formData, "email") };
  const parsed = forgotPasswordSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error, values);

  const throttle = await passwordResetThrottle();
  const subject = { account: parsed.data.email, address: readClientAddress(await headers()) };
  const wait = await throttle.retryAfterSeconds(subject);
  if (wait > 0) return { status: "error", message: `Too many requests, try again in ${describeWait(wait)}.`, values };
  await throttle.recordAttempt(subject);

  after(async () => {
    try {
      await requestPasswordReset(await database(), parsed.data.email, { siteUrl: env.SITE_URL });
      kickEmailDispatcher();
    } catch (error) {
      console.error(`Password reset request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return { status: "success", message: RESET_REQUESTED_MESSAGE };
}

/**
 * Sets the new password. Links that do not work are counted per client
 * address, so nobody can make the server hash passwords for made-up links
 * without end; a link that works clears the account's sign-in ceiling, since
 * the owner has just proved they read its mail.
 */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error);

  const address = readClientAddress(await headers());
  const links = await resetLinkThrottle();
  const wait = await links.retryAfterSeconds(address);
  if (wait > 0) return { status: "error", message: `Too many reset links that did not work, try again in ${describeWait(wait)}.` };

  const db = await database();
  const outcome = await resetPasswordWithToken(db, parsed.data, { siteUrl: env.SITE_URL });
  if (outcome.kind === "link-unusable") {
    await links.recordAttempt(address);
    return { status: "error", message: "This reset link has expired or has already been used. Ask for a new link below." };
  }
  await (await signInThrottle()).forgetAccount(outcome.email);
  kickEmailDispatcher();
  redirect("/sign-in?reset=1");
}
