import "server-only";
import type { Kysely } from "kysely";
import type { Database, Role } from "../db/schema";
import { verifyCredentials } from "./account-credentials";
import type { AttemptThrottle } from "./attempt-throttle";
import { createSession } from "./session-store";

export type SignInOutcome =
  | { kind: "signed-in"; sessionId: string; accountId: string; email: string; role: Role }
  | { kind: "refused" }
  | { kind: "throttled"; retryAfterSeconds: number };

/**
 * One sign-in attempt: refused outright while this address has used up its
 * tries on the typed email (or in all, or the account its ceiling); otherwise
 * the password is checked, a failure counted, and a success starts a new
 * session row (the JWT will carry only its id). A stranger's failures from
 * elsewhere do not stop the owner: they count against the stranger's address.
 */
export async function attemptSignIn(
  db: Kysely<Database>,
  throttle: AttemptThrottle,
  attempt: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInOutcome> {
  const subject = { account: attempt.email, address: attempt.address };
  const retryAfterSeconds = await throttle.retryAfterSeconds(subject);
  if (retryAfterSeconds > 0) return { kind: "throttled", retryAfterSeconds };

  const account = await verifyCredentials(db, attempt.email, attempt.password);
  if (!account) {
    await throttle.recordAttempt(subject);
    return { kind: "refused" };
  }
  await throttle.forgetSuccess(subject);
  const sessionId = await createSession(db, account.accountId, now);
  return { kind: "signed-in", sessionId, ...account };
}
