import "server-only";
import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from "node:crypto";
import pLimit, { type LimitFunction } from "p-limit";

/**
 * Passwords are hashed with scrypt, a memory-hard function (here 64 MiB per
 * hash), built into Node. Stored as scrypt$N$r$p$salt$hash so the cost can
 * rise later without breaking older hashes.
 */
const COST = { N: 2 ** 16, r: 8, p: 1 };
const KEY_LENGTH = 32;

/**
 * At most two hashes run at once in this process; the rest wait their turn.
 * scrypt runs on libuv's four worker threads, which file reads and DNS share:
 * a burst of sign-ins must slow other sign-ins, not the whole server, and two
 * at a time is what this machine's two cores can do anyway.
 */
export const MAX_CONCURRENT_HASHES = 2;
// On globalThis: every route bundle of the process must share one queue.
const holder = globalThis as typeof globalThis & { __privacyCenterHashLimit?: LimitFunction };
const limitHashing = (holder.__privacyCenterHashLimit ??= pLimit(MAX_CONCURRENT_HASHES));

/** How many hashes are running and waiting now (for tests and benchmarks). */
export const hashingLoad = () => ({ running: limitHashing.activeCount, waiting: limitHashing.pendingCount });

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return limitHashing(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
