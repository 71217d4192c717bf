import "server-only";
import type { DatabaseHandle } from "../db/create-database";
import { databaseHandle } from "../db/database";
import { type AddressThrottle, type AttemptThrottle, createAddressThrottle, createAttemptThrottle, type ThrottleLimits } from "./attempt-throttle";
import { throttleStoreOf } from "./throttle-store";

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Wrong passwords: 5 per account from one address, 25 from one address across
 * accounts, 100 per account from all addresses together, in 15 minutes.
 */
export const SIGN_IN_LIMITS: ThrottleLimits = { name: "sign-in", perAccountAndAddress: 5, perAddress: 25, perAccount: 100, windowSeconds: FIFTEEN_MINUTES };
/**
 * Reset emails asked for: 3 per account from one address, 10 from one address,
 * 10 per account from all addresses, in 15 minutes (the last keeps a stranger
 * from filling a customer's inbox).
 */
export const PASSWORD_RESET_LIMITS: ThrottleLimits = { name: "password-reset", perAccountAndAddress: 3, perAddress: 10, perAccount: 10, windowSeconds: FIFTEEN_MINUTES };
/** Reset links posted to /reset-password that were unknown, used or expired: 10 per address in 15 minutes. */
export const RESET_LINK_LIMITS = { name: "reset-link", perAddress: 10, windowSeconds: FIFTEEN_MINUTES };

// On globalThis: Next.js may bundle a module once per route, and every route must share one throttle per database.
type Throttle = AttemptThrottle | AddressThrottle;
const holder = globalThis as typeof globalThis & { __privacyCenterThrottlesByDatabase?: WeakMap<object, Map<string, Throttle>> };
const byDatabase = (holder.__privacyCenterThrottlesByDatabase ??= new WeakMap());

async function shared<T extends Throttle>(name: string, create: (handle: DatabaseHandle) => T): Promise<T> {
  const handle = await databaseHandle();
  let throttles = byDatabase.get(handle.db);
  if (!throttles) byDatabase.set(handle.db, (throttles = new Map()));
  let throttle = throttles.get(name) as T | undefined;
  if (!throttle) throttles.set(name, (throttle = create(handle)));
  return throttle;
}

export const throttleFor = (limits: ThrottleLimits) => shared(limits.name, (handle) => createAttemptThrottle(limits, throttleStoreOf(handle)));

/** The per-address limit of a form without an account. */
export const addressThrottleFor = (limits: { name: string; perAddress: number; windowSeconds: number }) =>
  shared(limits.name, (handle) => createAddressThrottle(limits, throttleStoreOf(handle)));

/** Failed sign-ins (and wrong current passwords on the security page and before a copy or a deletion). */
export const signInThrottle = () => throttleFor(SIGN_IN_LIMITS);
/** Requests for a password reset email. */
export const passwordResetThrottle = () => throttleFor(PASSWORD_RESET_LIMITS);
/** Reset links posted that were unknown, used or expired. */
export const resetLinkThrottle = () => addressThrottleFor(RESET_LINK_LIMITS);
