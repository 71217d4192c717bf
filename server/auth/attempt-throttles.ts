import "server-only";
import { databaseHandle } from "../db/database";
import { type AttemptThrottle, createAttemptThrottle, type ThrottleLimits } from "./attempt-throttle";

/** Five wrong passwords per typed email, and 25 per client address, in 15 minutes. */
export const SIGN_IN_LIMITS: ThrottleLimits = { name: "sign-in", perAccount: 5, perAddress: 25, windowSeconds: 15 * 60 };
/** Three reset emails per typed email, and ten per client address, in 15 minutes. */
export const PASSWORD_RESET_LIMITS: ThrottleLimits = { name: "password-reset", perAccount: 3, perAddress: 10, windowSeconds: 15 * 60 };

// On globalThis: Next.js may bundle a module once per route, and every route must share one count.
const holder = globalThis as typeof globalThis & { __privacyCenterThrottles?: Map<string, Promise<AttemptThrottle>> };
const throttles = (holder.__privacyCenterThrottles ??= new Map());

function throttleFor(limits: ThrottleLimits): Promise<AttemptThrottle> {
  let throttle = throttles.get(limits.name);
  if (!throttle) {
    throttle = databaseHandle().then(({ db, engine }) => createAttemptThrottle(limits, engine === "postgres" ? { kind: "postgres", db } : { kind: "memory" }));
    throttles.set(limits.name, throttle);
  }
  return throttle;
}

/** Failed sign-ins (and wrong current passwords on the security page). */
export const signInThrottle = () => throttleFor(SIGN_IN_LIMITS);
/** Requests for a password reset email. */
export const passwordResetThrottle = () => throttleFor(PASSWORD_RESET_LIMITS);
