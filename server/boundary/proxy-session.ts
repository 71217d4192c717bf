import "server-only";
import type { Kysely } from "kysely";
import { findSessionOfRequest } from "../auth/session-of-request";
import { database } from "../db/database";
import type { Database } from "../db/schema";

export interface ProxySessionContext {
  db: Kysely<Database>;
  accountId: string;
}

/**
 * For proxy.ts only: the account of the request's active session, with the
 * database, so that a feature may answer an early question about this
 * browser (which cookie it may keep). Never a gate: every page, action and
 * route checks the session itself. null without an active session.
 */
export async function findProxySession(request: { headers: Headers; cookies: { getAll(): { name: string }[] } }): Promise<ProxySessionContext | null> {
  const session = await findSessionOfRequest(request);
  return session ? { db: await database(), accountId: session.accountId } : null;
}
