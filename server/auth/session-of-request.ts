import "server-only";
import { getToken } from "next-auth/jwt";
import { database } from "../db/database";
import { readSecrets } from "../env";
import { type ActiveSession, findActiveSession } from "./session-store";

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

/**
 * The active session a request's cookie names, read outside a page or an
 * action (proxy.ts): the cookie's JWT is decoded with the site's secret and
 * its session row checked as every request checks it (findActiveSession).
 * null for no cookie, a cookie that does not decode, or a session that has
 * ended. Never a gate: pages, actions and routes still check for themselves
 * (current-account.ts).
 */
export async function findSessionOfRequest(request: { headers: Headers; cookies: CookieNames }, now = new Date()): Promise<ActiveSession | null> {
  const cookieName = sessionCookieName(request.cookies);
  if (!cookieName) return null;
  const token = await getToken({ req: { headers: request.headers }, secret: readSecrets().authSecret, cookieName, secureCookie: cookieName.startsWith("__Secure-") });
  return typeof token?.sid === "string" ? findActiveSession(await database(), token.sid, now) : null;
}
