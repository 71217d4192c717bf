import "server-only";
import { type AttemptThrottle, createAttemptThrottle, type ThrottleLimits, type ThrottleStore } from "@/server/auth/attempt-throttle";
import { databaseHandle } from "@/server/db/database";

/** Requests accepted from one client address per hour, per form. */
export const PUBLIC_REQUESTS_PER_HOUR = 5;

/**
 * The per-address limit of a public form, on sign-in's throttle
 * (rate-limiter-flexible: memory on SQLite, the shared counter table on
 * PostgreSQL). These forms have no account, so the throttle's per-account key
 * is the client address itself and its separate address key is not used.
 */
export interface PublicRequestThrottle {
  /** Seconds until this address may submit again; 0 when it may now. */
  retryAfterSeconds(address: string): Promise<number>;
  recordSubmission(address: string): Promise<void>;
}

export function createPublicRequestThrottle(formName: string, store: ThrottleStore, perHour = PUBLIC_REQUESTS_PER_HOUR): PublicRequestThrottle {
  const limits: ThrottleLimits = { name: `public-${formName}`, perAccount: perHour, perAddress: perHour, windowSeconds: 60 * 60 };
  const throttle: AttemptThrottle = createAttemptThrottle(limits, store);
  return {
    retryAfterSeconds: (address) => throttle.retryAfterSeconds({ account: address, address: null }),
    recordSubmission: (address) => throttle.recordAttempt({ account: address, address: null }),
  };
}

// On globalThis: Next.js may bundle a module once per route, and every route must share one count.
const holder = globalThis as typeof globalThis & { __privacyCenterPublicThrottles?: Map<string, Promise<PublicRequestThrottle>> };
const throttles = (holder.__privacyCenterPublicThrottles ??= new Map());

export function publicRequestThrottle(formName: string): Promise<PublicRequestThrottle> {
  let throttle = throttles.get(formName);
  if (!throttle) {
    throttle = databaseHandle().then(({ db, engine }) =>
      createPublicRequestThrottle(formName, engine === "postgres" ? { kind: "postgres", db } : { kind: "memory" }),
    );
    throttles.set(formName, throttle);
  }
  return throttle;
}
