import { beforeAll, describe, expect, it, vi } from "vitest";
import { ENGINES, testDatabaseFor } from "../db/testing/engines";
import { attemptSignIn } from "./attempt-sign-in";
import { createAttemptThrottle } from "./attempt-throttle";
import { throttleStoreOf } from "./throttle-store";
import { findActiveSession } from "./session-store";
import { insertTestAccount } from "./testing/insert-test-account";

// Counts the scrypt checks a sign-in makes, so the test can say "the same work" without timing anything.
const checks = vi.hoisted(() => ({ costs: [] as number[] }));
vi.mock("./password-hash", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password-hash")>();
  return {
    ...actual,
    verifyPassword: async (password: string, stored: string) => {
      checks.costs.push(Number(stored.split("$")[1]));
      return actual.verifyPassword(password, stored);
    },
  };
});

describe.each(ENGINES)("signing in on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let account: Awaited<ReturnType<typeof insertTestAccount>>;
  beforeAll(async () => {
    account = await insertTestAccount(handle.db, { email: "someone@example.com" });
  });

  const freshThrottle = () =>
    createAttemptThrottle({ name: `t-${Math.random()}`, perAccountAndAddress: 3, perAddress: 10, perAccount: 8, windowSeconds: 600 }, throttleStoreOf(handle));

  it("starts a server-side session for the right password, whatever the email's case", async () => {
    const outcome = await attemptSignIn(handle.db, freshThrottle(), { email: " SomeOne@Example.com", password: account.password, address: "203.0.113.1" });
    expect(outcome).toMatchObject({ kind: "signed-in", accountId: account.accountId, role: "customer" });
    if (outcome.kind !== "signed-in") throw new Error("not signed in");
    expect(await findActiveSession(handle.db, outcome.sessionId)).toMatchObject({ accountId: account.accountId });
  });

  it("answers a wrong password and an unknown email alike, after the same work", async () => {
    const throttle = freshThrottle();
    const attempt = async (email: string) => {
      checks.costs = [];
      const outcome = await attemptSignIn(handle.db, throttle, { email, password: "not the password", address: "192.0.2.1" });
      return { outcome, costs: checks.costs };
    };
    const wrong = await attempt(account.email);
    const unknown = await attempt("nobody@example.com");
    expect(wrong.outcome).toEqual({ kind: "refused" });
    expect(unknown.outcome).toEqual({ kind: "refused" });
    // Both ran one scrypt check at the same cost: an unknown email is not answered any faster.
    expect(unknown.costs).toEqual(wrong.costs);
    expect(wrong.costs).toEqual([2 ** 16]);
  });

  it("refuses a disabled account even with its password", async () => {
    const disabled = await insertTestAccount(handle.db);
    await handle.db.updateTable("accounts").set({ disabledAt: new Date().toISOString() }).where("id", "=", disabled.accountId).execute();
    expect(await attemptSignIn(handle.db, freshThrottle(), { email: disabled.email, password: disabled.password, address: "192.0.2.1" })).toEqual({ kind: "refused" });
  });

  it("slows a guesser at one address, even for the right password, and says for how long", async () => {
    const throttle = freshThrottle();
    for (let n = 0; n < 3; n++) {
      expect(await attemptSignIn(handle.db, throttle, { email: account.email, password: "wrong", address: "203.0.113.66" })).toEqual({ kind: "refused" });
    }
    const outcome = await attemptSignIn(handle.db, throttle, { email: account.email, password: account.password, address: "203.0.113.66" });
    expect(outcome).toMatchObject({ kind: "throttled" });
    expect(outcome.kind === "throttled" && outcome.retryAfterSeconds).toBeGreaterThan(500);
  });

  it("does not lock the owner out because a stranger guessed wrong from elsewhere", async () => {
    const throttle = freshThrottle();
    for (let n = 0; n < 5; n++) await attemptSignIn(handle.db, throttle, { email: account.email, password: "wrong", address: "203.0.113.77" });
    expect((await attemptSignIn(handle.db, throttle, { email: account.email, password: account.password, address: "198.51.100.7" })).kind).toBe("signed-in");
    // The stranger's own address stays slowed on this account.
    expect((await attemptSignIn(handle.db, throttle, { email: account.email, password: account.password, address: "203.0.113.77" })).kind).toBe("throttled");
  });

  it("refuses every address once failures spread over many addresses pass the account's ceiling", async () => {
    const throttle = freshThrottle();
    for (let n = 0; n < 8; n++) await attemptSignIn(handle.db, throttle, { email: account.email, password: "wrong", address: `203.0.113.${100 + n}` });
    expect((await attemptSignIn(handle.db, throttle, { email: account.email, password: account.password, address: "198.51.100.8" })).kind).toBe("throttled");
    // A password reset proves the owner reads the account's mail, and lifts the ceiling.
    await throttle.forgetAccount(account.email);
    expect((await attemptSignIn(handle.db, throttle, { email: account.email, password: account.password, address: "198.51.100.8" })).kind).toBe("signed-in");
  });

  it("forgets this address's earlier failures on the account once it signs in", async () => {
    const throttle = freshThrottle();
    for (let n = 0; n < 2; n++) await attemptSignIn(handle.db, throttle, { email: account.email, password: "wrong", address: "192.0.2.1" });
    expect((await attemptSignIn(handle.db, throttle, { email: account.email, password: account.password, address: "192.0.2.1" })).kind).toBe("signed-in");
    for (let n = 0; n < 2; n++) await attemptSignIn(handle.db, throttle, { email: account.email, password: "wrong", address: "192.0.2.1" });
    expect((await attemptSignIn(handle.db, throttle, { email: account.email, password: account.password, address: "192.0.2.1" })).kind).toBe("signed-in");
  });
});
