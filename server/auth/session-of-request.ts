import "server-only";
import { getToken } from "next-auth/jwt";
import { database } from "../db/database";
import { readSecrets } from "../env";
import { type ActiveSession, findActiveSession } from "./session-store";
import { createSessionTokenCache } from "./session-token-cache";

/** Auth.js's session cookie: plain over http, `__Secure-` over https; a large token is split into name.0, name.1 … */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

interface CookieNames {
  getAll(): { name: string }[];
}

/** The session cookie's name this browser carries (either form, whole or split), or null for none. */
export function sessionCookieName(cookies: CookieNames): (typeof SESSION_COOKIE_NAMES)[number] | null {
  const names = cookies.getAll().map(({ name }) => name);
  // The secure name first: it contains the plain one.
  for (const sessionName of [...SESSION_COOKIE_NAMES].reverse()) {
    if (names.some((name) => name === sessionName || name.startsWith(`${sessionName}.`))) return sessionName;
  }
  return null;
}

/** One process's opened session cookies (session-token-cache.ts); on globalThis, so proxy.ts and every route bundle share it. */
const CACHE = Symbol.for("privacy-center.session-token-cache");
const holder = globalThis as typeof globalThis & { [CACHE]?: ReturnType<typeof createSessionTokenCache> };
const openedCookies = (holder[CACHE] ??= createSessionTokenCache());

/** The cookie's value as Auth.js reads it (whole, or its chunks in order), named so that both cookie names never share an entry. */
function sessionCookieValue(cookieHeader: string, cookieName: string): string {
  const parts = cookieHeader
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${cookieName}=`) || part.startsWith(`${cookieName}.`));
  return `${cookieName}\n${parts.sort().join("\n")}`;
}

/**
 * The id of the session row that the request's session cookie names, or null
 * for no cookie or one that does not decrypt with the site's secret (or has
 * expired). Says nothing about whether that session may still be used:
 * findActiveSession decides that.
 */
export async function sessionIdOfRequest(request: { headers: Headers; cookies: CookieNames }, now = new Date()): Promise<string | null> {
  const cookieName = sessionCookieName(request.cookies);
  if (!cookieName) return null;
  const key = sessionCookieValue(request.headers.get("cookie") ?? "", cookieName);
  const known = openedCookies.get(key, now.getTime());
  if (known) return known;
  const token = await getToken({ req: { headers: request.headers }, secret: readSecrets().authSecrets, cookieName, secureCookie: cookieName.startsWith("__Secure-") });
  if (typeof token?.sid !== "string") return null;
  if (typeof token.exp === "number") openedCookies.set(key, token.sid, token.exp * 1000);
  return token.sid;
}

/**
 * The active session a request's cookie names: the cookie's JWT is decoded
 * with the site's secret (once per cookie and process, sessionIdOfRequest) and
 * its session row checked as every request checks it (findActiveSession).
 * null for no cookie, a cookie that does not decode, or a session that has
 * ended. Used by proxy.ts (never a gate there) and by the gate itself,
 * current-account.ts.
 */
export async function findSessionOfRequest(request: { headers: Headers; cookies: CookieNames }, now = new Date()): Promise<ActiveSession | null> {
  const sessionId = await sessionIdOfRequest(request, now);
  return sessionId ? findActiveSession(await database(), sessionId, now) : null;
}
