import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "../db/schema";
import { REQUEST_PATH_HEADER } from "./request-path-header";
import { safeNextPath } from "./safe-next-path";
import { findSessionOfRequest } from "./session-of-request";

export interface SignedInAccount {
  accountId: string;
  email: string;
  role: Role;
  sessionId: string;
}

/**
 * The account of this request's session, or null. This is the gate (never
 * proxy.ts): the cookie's JWT only names a session row, and the row is checked
 * on every request: revoked, idle, past its end, account disabled or password
 * changed since it began all answer null. Cached per request; the cookie
 * itself is opened once per process (session-of-request.ts), not re-issued
 * as Auth.js's auth() would: a page cannot set cookies, and the session row,
 * not the cookie, decides how long a session lasts.
 */
export const getSignedInAccount = cache(async (): Promise<SignedInAccount | null> => {
  const active = await findSessionOfRequest({ headers: await headers(), cookies: await cookies() });
  return active ? { accountId: active.accountId, email: active.email, role: active.role, sessionId: active.sessionId } : null;
});

/** Any signed-in account (customer or administrator), or a redirect to sign in and come back. */
export async function requireSignedIn(returnTo?: string): Promise<SignedInAccount> {
  const account = await getSignedInAccount();
  if (!account) redirect(await signInPathFor(returnTo));
  return account;
}

/** The signed-in customer. An administrator has no customer record and is sent to the console. */
export async function requireCustomer(returnTo?: string): Promise<SignedInAccount> {
  const account = await requireSignedIn(returnTo);
  if (account.role !== "customer") redirect("/admin");
  return account;
}

/** The signed-in Privacy Administrator. A customer is told the page does not exist, not that it is forbidden. */
export async function requireAdmin(returnTo?: string): Promise<SignedInAccount> {
  const account = await requireSignedIn(returnTo);
  if (account.role !== "admin") notFound();
  return account;
}

async function signInPathFor(returnTo?: string): Promise<string> {
  const next = safeNextPath(returnTo ?? (await headers()).get(REQUEST_PATH_HEADER));
  return next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
}
