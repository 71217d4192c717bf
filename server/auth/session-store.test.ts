import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES, testDatabaseFor } from "../db/testing/engines";
import {
  createSession,
  findActiveSession,
  revokeAccountSessions,
  revokeSession,
  SESSION_ABSOLUTE_LIMIT_MS,
  SESSION_IDLE_LIMIT_MS,
} from "./session-store";
import { insertTestAccount } from "./testing/insert-test-account";

const minutes = (n: number) => n * 60_000;
const after = (start: Date, ms: number) => new Date(start.getTime() + ms);

describe.each(ENGINES)("server-side sessions on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let account: Awaited<ReturnType<typeof insertTestAccount>>;
  beforeAll(async () => {
    account = await insertTestAccount(handle.db);
  });

  const lastSeenOf = async (sessionId: string) =>
    (await handle.db.selectFrom("sessions").select("lastSeenAt").where("id", "=", sessionId).executeTakeFirstOrThrow()).lastSeenAt;

  it("answers the account of a live session", async () => {
    const start = new Date();
    const sessionId = await createSession(handle.db, account.accountId, start);
    expect(await findActiveSession(handle.db, sessionId, after(start, minutes(1)))).toEqual({
      sessionId,
      accountId: account.accountId,
      email: account.email,
      role: "customer",
    });
    expect(await findActiveSession(handle.db, "no-such-session", start)).toBeNull();
  });

  it("ends a session left idle for 30 minutes, and keeps one in use alive", async () => {
    const start = new Date();
    const almostIdle = await createSession(handle.db, account.accountId, start);
    expect(await findActiveSession(handle.db, almostIdle, after(start, SESSION_IDLE_LIMIT_MS - 1000))).not.toBeNull();
    const idle = await createSession(handle.db, account.accountId, start);
    expect(await findActiveSession(handle.db, idle, after(start, SESSION_IDLE_LIMIT_MS))).toBeNull();
    const used = await createSession(handle.db, account.accountId, start);

    // Used every 20 minutes, a session outlives the idle limit many times over.
    for (let at = minutes(20); at < SESSION_IDLE_LIMIT_MS * 4; at += minutes(20)) {
      expect(await findActiveSession(handle.db, used, after(start, at))).not.toBeNull();
    }
  });

  it("touches last_seen_at at most once a minute", async () => {
    const start = new Date();
    const sessionId = await createSession(handle.db, account.accountId, start);
    await findActiveSession(handle.db, sessionId, after(start, 30_000));
    expect(await lastSeenOf(sessionId)).toBe(start.toISOString());
    await findActiveSession(handle.db, sessionId, after(start, 61_000));
    expect(await lastSeenOf(sessionId)).toBe(after(start, 61_000).toISOString());
  });

  it("ends every session 12 hours after it began, however busy", async () => {
    const start = new Date();
    const sessionId = await createSession(handle.db, account.accountId, start);
    for (let at = minutes(25); at < SESSION_ABSOLUTE_LIMIT_MS; at += minutes(25)) {
      expect(await findActiveSession(handle.db, sessionId, after(start, at))).not.toBeNull();
    }
    expect(await findActiveSession(handle.db, sessionId, after(start, SESSION_ABSOLUTE_LIMIT_MS))).toBeNull();
  });

  it("refuses a revoked session at once", async () => {
    const start = new Date();
    const sessionId = await createSession(handle.db, account.accountId, start);
    await revokeSession(handle.db, sessionId, after(start, 1000));
    expect(await findActiveSession(handle.db, sessionId, after(start, 2000))).toBeNull();
  });

  it("revokes all of an account's sessions, or all but one", async () => {
    const start = new Date();
    const kept = await createSession(handle.db, account.accountId, start);
    const other = await createSession(handle.db, account.accountId, start);
    await revokeAccountSessions(handle.db, account.accountId, start, { except: kept });
    expect(await findActiveSession(handle.db, kept, start)).not.toBeNull();
    expect(await findActiveSession(handle.db, other, start)).toBeNull();
    await revokeAccountSessions(handle.db, account.accountId, start);
    expect(await findActiveSession(handle.db, kept, start)).toBeNull();
  });

  it("refuses a session that began before the account's password changed", async () => {
    const own = await insertTestAccount(handle.db);
    const start = new Date();
    const before = await createSession(handle.db, own.accountId, start);
    const changedAt = after(start, 5000);
    await handle.db.updateTable("accounts").set({ passwordChangedAt: changedAt.toISOString() }).where("id", "=", own.accountId).execute();
    expect(await findActiveSession(handle.db, before, after(start, 6000))).toBeNull();
    const since = await createSession(handle.db, own.accountId, after(start, 6000));
    expect(await findActiveSession(handle.db, since, after(start, 7000))).not.toBeNull();
  });

  it("refuses every session of a disabled account", async () => {
    const own = await insertTestAccount(handle.db);
    const start = new Date();
    const sessionId = await createSession(handle.db, own.accountId, start);
    await handle.db.updateTable("accounts").set({ disabledAt: start.toISOString() }).where("id", "=", own.accountId).execute();
    expect(await findActiveSession(handle.db, sessionId, after(start, 1000))).toBeNull();
  });
});
