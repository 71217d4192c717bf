import "server-only";
import type BetterSqlite3 from "better-sqlite3";
import { CompiledQuery, type Kysely } from "kysely";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterSQLite,
} from "rate-limiter-flexible";
import type { Database } from "../db/schema";

/**
 * Counts failed attempts (wrong passwords, reset emails asked for) three ways
 * within a window, and says how long to wait once one of them is used up:
 *
 * - per account *and* address: the limit a guesser meets. It slows one client
 *   guessing one account without touching anyone else, so the account's owner,
 *   signing in from their own address, is not locked out by a stranger's
 *   wrong passwords (ASVS 5.0 6.1.1 and 6.3.1, lockout abuse);
 * - per address, whatever the account: one client trying many accounts;
 * - per account from every address together: a ceiling far above the first,
 *   against guessing spread over many addresses (NIST SP 800-63B §5.2.2:
 *   no more than 100 consecutive failures on one account).
 *
 * The counts live in the database on both engines (rate-limiter-flexible's
 * SQLite and PostgreSQL stores over the table of migration 0002), so a
 * restart forgets nothing and every process or instance sees one count.
 * See docs/decisions/0004-sessions-and-throttling.md.
 */
export interface ThrottleLimits {
  name: string;
  perAccountAndAddress: number;
  perAddress: number;
  perAccount: number;
  windowSeconds: number;
}

export interface ThrottleSubject {
  /** The email address as typed (normalized here), known or not. */
  account: string;
  /** The client's address (server/auth/client-address.ts); "unknown" is one shared count, never none. */
  address: string;
}

export interface AttemptThrottle {
  /** Seconds until another attempt is allowed; 0 when it is allowed now. */
  retryAfterSeconds(subject: ThrottleSubject): Promise<number>;
  recordAttempt(subject: ThrottleSubject): Promise<void>;
  /** After a success from this address: its own count on this account starts again; the address's and the account's do not. */
  forgetSuccess(subject: ThrottleSubject): Promise<void>;
  /** After the owner proved control another way (a password reset): the account's ceiling starts again. */
  forgetAccount(account: string): Promise<void>;
}

export type ThrottleStore = { kind: "sqlite"; client: BetterSqlite3.Database } | { kind: "postgres"; db: Kysely<Database> };

export const THROTTLE_TABLE = "attempt_throttle_counters";

const normalizeAccount = (account: string) => account.trim().toLowerCase();

export function createAttemptThrottle(limits: ThrottleLimits, store: ThrottleStore): AttemptThrottle {
  const window = limits.windowSeconds;
  const byPair = createLimiter(store, `${limits.name}:account-address`, limits.perAccountAndAddress, window);
  const byAddress = createLimiter(store, `${limits.name}:address`, limits.perAddress, window);
  const byAccount = createLimiter(store, `${limits.name}:account`, limits.perAccount, window);
  const pairKey = (subject: ThrottleSubject) => `${normalizeAccount(subject.account)} ${subject.address}`;
  const counts = (subject: ThrottleSubject) =>
    [
      [byPair, limits.perAccountAndAddress, pairKey(subject)],
      [byAddress, limits.perAddress, subject.address],
      [byAccount, limits.perAccount, normalizeAccount(subject.account)],
    ] as const;

  return {
    async retryAfterSeconds(subject) {
      let waitMs = 0;
      for (const [limiter, allowed, key] of counts(subject)) {
        const counted = await limiter.get(key);
        if (counted && counted.consumedPoints >= allowed) waitMs = Math.max(waitMs, counted.msBeforeNext);
      }
      return Math.ceil(waitMs / 1000);
    },
    async recordAttempt(subject) {
      for (const [limiter, , key] of counts(subject)) {
        // consume() rejects with the count once the limit is passed; the count still rises, which is all we want here.
        await limiter.consume(key).catch((outcome: unknown) => {
          if (!(outcome instanceof RateLimiterRes)) throw outcome;
        });
      }
    },
    async forgetSuccess(subject) {
      await byPair.delete(pairKey(subject));
    },
    async forgetAccount(account) {
      await byAccount.delete(normalizeAccount(account));
    },
  };
}

/** A limit with no account behind it (a public form, a reset link): attempts per client address in a window. */
export interface AddressThrottle {
  /** Seconds until this address may try again; 0 when it may now. */
  retryAfterSeconds(address: string): Promise<number>;
  recordAttempt(address: string): Promise<void>;
}

export function createAddressThrottle(limits: { name: string; perAddress: number; windowSeconds: number }, store: ThrottleStore): AddressThrottle {
  const byAddress = createLimiter(store, `${limits.name}:address`, limits.perAddress, limits.windowSeconds);
  return {
    async retryAfterSeconds(address) {
      const counted = await byAddress.get(address);
      return counted && counted.consumedPoints >= limits.perAddress ? Math.ceil(counted.msBeforeNext / 1000) : 0;
    },
    async recordAttempt(address) {
      await byAddress.consume(address).catch((outcome: unknown) => {
        if (!(outcome instanceof RateLimiterRes)) throw outcome;
      });
    },
  };
}

function createLimiter(store: ThrottleStore, keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const counting = { keyPrefix, points, duration };
  const table = {
    ...counting,
    tableName: THROTTLE_TABLE,
    // Created by migration 0002, before the server serves.
    tableCreated: true,
    clearExpiredByTimeout: false,
    // If the database cannot answer, this process keeps counting on its own rather than letting everyone through.
    insuranceLimiter: new RateLimiterMemory(counting),
  };
  switch (store.kind) {
    case "sqlite":
      return new RateLimiterSQLite({ ...table, storeClient: store.client, storeType: "better-sqlite3" });
    case "postgres":
      return new RateLimiterPostgres({
        ...table,
        // rate-limiter-flexible speaks pg's `query({ text, values })`; this runs it through the app's own pool.
        storeClient: {
          query: ({ text, values }: { text: string; values?: unknown[] }) => store.db.executeQuery(CompiledQuery.raw(text, values ?? [])),
        },
        storeType: "client",
      });
  }
}

/** "try again in 3 minutes", rounded up, never "0 minutes". */
export function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
