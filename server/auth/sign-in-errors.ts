import "server-only";
import { CredentialsSignin } from "next-auth";

/**
 * Why a sign-in failed, as Auth.js carries it: thrown from `authorize`, it
 * reaches the sign-in server action as-is, and a direct POST to /api/auth as
 * `?error=CredentialsSignin&code=…`. One code for every wrong email or
 * password, so no answer tells which was wrong.
 */
export class SignInRefused extends CredentialsSignin {
  code = "refused";
}

export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}
