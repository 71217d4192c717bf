/**
 * Session cookies already opened by this process, so a request pays for the
 * cookie's decryption once, not once in proxy.ts and again in the page (or on
 * every page view of the same browser). Opening an Auth.js cookie is a key
 * derivation and an authenticated decryption; the result, the id of a
 * `sessions` row, never changes for the same cookie. Only what the cookie
 * says is remembered, never whether the session may still be used: every
 * request still reads the session row (session-store.ts findActiveSession),
 * so sign-out, revocation, idleness and password changes take effect as
 * before. An entry lasts no longer than the cookie's own expiry, and the
 * oldest entries go first once `capacity` cookies are remembered.
 */
export interface SessionTokenCache {
  /** The session id a cookie was found to name, while the cookie has not expired; undefined when not remembered. */
  get(cookie: string, now?: number): string | undefined;
  /** Remembers a cookie that decrypted and named `sessionId`, until `expiresAt` (ms since the epoch). */
  set(cookie: string, sessionId: string, expiresAt: number): void;
  readonly size: number;
}

export function createSessionTokenCache(capacity = 2_000): SessionTokenCache {
  const entries = new Map<string, { sessionId: string; expiresAt: number }>();
  return {
    get(cookie, now = Date.now()) {
      const entry = entries.get(cookie);
      if (!entry) return undefined;
      if (now >= entry.expiresAt) {
        entries.delete(cookie);
        return undefined;
      }
      return entry.sessionId;
    },
    set(cookie, sessionId, expiresAt) {
      entries.delete(cookie);
      entries.set(cookie, { sessionId, expiresAt });
      // A Map iterates in insertion order: the first key is the oldest.
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
