import "server-only";
import { CompiledQuery, type Kysely } from "kysely";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "../db/schema";

/**
 * Counts attempts per account (the email typed, known or not) and per client
 * address within a window, and says how long to wait once either is used up.
 * Memory on SQLite (one instance); a shared table on PostgreSQL, where several
 * instances must see one count. See docs/decisions/0004-sessions-and-throttling.md.
 */
export interface ThrottleLimits {
  name: string;
  perAccount: number;
  perAddress: number;
  windowSeconds: number;
}

export interface ThrottleSubject {
  /** The email address as typed, normalized. */
  account: string;
  /** The client's address, when known. */
  address: string | null;
}

export interface AttemptThrottle {
  /** Seconds until another attempt is allowed; 0 when it is allowed now. */
  retryAfterSeconds(subject: ThrottleSubject): Promise<number>;
  recordAttempt(subject: ThrottleSubject): Promise<void>;
  /** Clears the account's count (after a successful sign-in); the address keeps its count. */
  forgetAccount(account: string): Promise<void>;
}

export type ThrottleStore = { kind: "memory" } | { kind: "postgres"; db: Kysely<Database> };

export const THROTTLE_TABLE = "attempt_throttle_counters";

export function createAttemptThrottle(limits: ThrottleLimits, store: ThrottleStore): AttemptThrottle {
  const byAccount = createLimiter(store, `${limits.name}:account`, limits.perAccount, limits.windowSeconds);
  const byAddress = createLimiter(store, `${limits.name}:address`, limits.perAddress, limits.windowSeconds);
  const keysOf = (subject: ThrottleSubject) =>
    [
      [byAccount, limits.perAccount, subject.account.trim().toLowerCase()],
      ...(subject.address ? [[byAddress, limits.perAddress, subject.address] as const] : []),
    ] as const;

  return {
    async retryAfterSeconds(subject) {
      let waitMs = 0;
      for (const [limiter, allowed, key] of keysOf(subject)) {
        const counted = await limiter.get(key);
        if (counted && counted.consumedPoints >= allowed) waitMs = Math.max(waitMs, counted.msBeforeNext);
      }
      return Math.ceil(waitMs / 1000);
    },
    async recordAttempt(subject) {
      for (const [limiter, , key] of keysOf(subject)) {
        // consume() rejects with the count once the limit is passed; the count still rises, which is all we want here.
        await limiter.consume(key).catch((outcome: unknown) => {
          if (!(outcome instanceof RateLimiterRes)) throw outcome;
        });
      }
    },
    async forgetAccount(account) {
      await byAccount.delete(account.trim().toLowerCase());
    },
  };
}

function createLimiter(store: ThrottleStore, keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix, points, duration });
  if (store.kind === "memory") return memory;
  return new RateLimiterPostgres({
    // rate-limiter-flexible speaks pg's `query({ text, values })`; this runs it through the app's own pool.
    storeClient: { query: ({ text, values }: { text: string; values?: unknown[] }) => store.db.executeQuery(CompiledQuery.raw(text, values ?? [])) },
    storeType: "client",
    tableName: THROTTLE_TABLE,
    // Created by migration 0002, before the server serves.
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration,
    // If the database cannot answer, this instance keeps counting on its own rather than letting everyone through.
    insuranceLimiter: memory,
  });
}

/** "try again in 3 minutes", rounded up, never "0 minutes". */
export function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
