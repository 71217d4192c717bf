"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { describeWait } from "@/server/auth/attempt-throttle";
import { signIn } from "@/server/auth/auth";
import { safeNextPath } from "@/server/auth/safe-next-path";
import { SignInThrottled } from "@/server/auth/sign-in-errors";
import { type FormState, invalidFormState, readFormInput, textOf } from "./form-state";
import { signInSchema } from "./schemas";

const WRONG_CREDENTIALS_MESSAGE = "That email and password do not match. Check them and try again.";

/**
 * The sign-in form's action. Auth.js's Credentials provider checks the
 * password, the throttle and starts the session (server/auth/auth.ts); this
 * turns its answer into words and goes on to `next` (a path on this site) or
 * the account.
 */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: textOf(formData, "email") };
  const parsed = signInSchema.safeParse(readFormInput(formData));
  if (!parsed.success) return invalidFormState(parsed.error, values);

  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof SignInThrottled) {
      return { status: "error", message: `Too many attempts, try again in ${describeWait(error.retryAfterSeconds)}.`, values };
    }
    if (error instanceof CredentialsSignin) return { status: "error", message: WRONG_CREDENTIALS_MESSAGE, values };
    throw error;
  }
  redirect(safeNextPath(parsed.data.next) ?? "/account");
}
