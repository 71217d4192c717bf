import "server-only";
import { headers } from "next/headers";
import { database } from "../db/database";
import { verifyAccountPassword } from "./account-credentials";
import { describeWait } from "./attempt-throttle";
import { signInThrottle } from "./attempt-throttles";
import { readClientAddress } from "./client-address";
import type { SignedInAccount } from "./current-account";

/**
 * Guessing the current password from a stolen session counts against the same
 * allowance as failed sign-ins for the account (and the client's address).
 */
export async function currentPasswordThrottle(email: string) {
  const throttle = await signInThrottle();
  const subject = { account: email, address: readClientAddress(await headers()) };
  const wait = await throttle.retryAfterSeconds(subject);
  return { wait, recordFailure: () => throttle.recordAttempt(subject) };
}

export type Reauthentication = { ok: true; at: Date } | { ok: false; reason: "throttled" | "wrong-password"; message: string };

/**
 * A fresh sign-in inside an already signed-in session: the signed-in person
 * types their password again before something that hands over or destroys
 * their data (a copy of it, its deletion). A session left open on a shared
 * computer is not enough for that.
 */
export async function reauthenticate(account: SignedInAccount, password: string): Promise<Reauthentication> {
  const { wait, recordFailure } = await currentPasswordThrottle(account.email);
  if (wait > 0) return { ok: false, reason: "throttled", message: `Too many attempts, try again in ${describeWait(wait)}.` };
  if (!(await verifyAccountPassword(await database(), account.accountId, password))) {
    await recordFailure();
    return { ok: false, reason: "wrong-password", message: "That is not your current password." };
  }
  return { ok: true, at: new Date() };
}
