import "server-only";
import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database, Role } from "../db/schema";

/** Sessions are short: FCC rules put CPNI behind a password, so an unattended browser must not stay in. */
export const SESSION_IDLE_LIMIT_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_LIMIT_MS = 12 * 60 * 60_000;
/** `last_seen_at` is written at most this often, so reading pages is not a write per request. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

type Executor = Kysely<Database> | Transaction<Database>;

export interface ActiveSession {
  sessionId: string;
  accountId: string;
  email: string;
  role: Role;
}

export async function createSession(db: Executor, accountId: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const timestamp = now.toISOString();
  await db
    .insertInto("sessions")
    .values({
      id,
      accountId,
      createdAt: timestamp,
      lastSeenAt: timestamp,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_LIMIT_MS).toISOString(),
      revokedAt: null,
    })
    .execute();
  return id;
}

/**
 * The session a cookie points at, if it may still be used: not revoked, not
 * idle for too long, not past its absolute end, its account not disabled and
 * the account's password not changed since the session began. Touches
 * `last_seen_at` (at most once a minute) when it is.
 */
export async function findActiveSession(db: Kysely<Database>, sessionId: string, now = new Date()): Promise<ActiveSession | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("accounts", "accounts.id", "sessions.accountId")
    .select([
      "sessions.id as sessionId",
      "sessions.createdAt",
      "sessions.lastSeenAt",
      "sessions.expiresAt",
      "sessions.revokedAt",
      "accounts.id as accountId",
      "accounts.email",
      "accounts.role",
      "accounts.disabledAt",
      "accounts.passwordChangedAt",
    ])
    .where("sessions.id", "=", sessionId)
    .executeTakeFirst();
  if (!row || refusalOf(row, now)) return null;

  if (now.getTime() - Date.parse(row.lastSeenAt) >= SESSION_TOUCH_INTERVAL_MS) {
    await db.updateTable("sessions").set({ lastSeenAt: now.toISOString() }).where("id", "=", sessionId).where("revokedAt", "is", null).execute();
  }
  return { sessionId: row.sessionId, accountId: row.accountId, email: row.email, role: row.role };
}

type SessionRefusal = "revoked" | "expired" | "idle" | "disabled" | "password-changed";

/** Why a session may no longer be used, or null when it may. */
function refusalOf(
  row: { createdAt: string; lastSeenAt: string; expiresAt: string; revokedAt: string | null; disabledAt: string | null; passwordChangedAt: string },
  now: Date,
): SessionRefusal | null {
  if (row.revokedAt) return "revoked";
  if (now.getTime() >= Date.parse(row.expiresAt)) return "expired";
  if (now.getTime() - Date.parse(row.lastSeenAt) >= SESSION_IDLE_LIMIT_MS) return "idle";
  if (row.disabledAt) return "disabled";
  if (Date.parse(row.passwordChangedAt) > Date.parse(row.createdAt)) return "password-changed";
  return null;
}

export async function revokeSession(db: Executor, sessionId: string, now = new Date()): Promise<void> {
  await db.updateTable("sessions").set({ revokedAt: now.toISOString() }).where("id", "=", sessionId).where("revokedAt", "is", null).execute();
}

/** Ends every session of an account (after a password reset or change), optionally sparing one. */
export async function revokeAccountSessions(db: Executor, accountId: string, now = new Date(), options: { except?: string } = {}): Promise<void> {
  let query = db.updateTable("sessions").set({ revokedAt: now.toISOString() }).where("accountId", "=", accountId).where("revokedAt", "is", null);
  if (options.except) query = query.where("id", "!=", options.except);
  await query.execute();
}
