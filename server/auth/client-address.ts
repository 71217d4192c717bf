import "server-only";

/**
 * The client's address for throttling. Next.js fills X-Forwarded-For with the
 * socket's address when no proxy sent one; behind a proxy, the last entry is
 * the one the nearest (trusted) proxy appended, while earlier entries are
 * whatever the client claimed. Without a proxy a client can choose this value,
 * which is why the per-account limit never depends on it.
 */
export function readClientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || null;
}
