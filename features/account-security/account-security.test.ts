import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptSignIn } from "@/server/auth/attempt-sign-in";
import { createAttemptThrottle } from "@/server/auth/attempt-throttle";
import { throttleStoreOf } from "@/server/auth/throttle-store";
import { createSession, findActiveSession } from "@/server/auth/session-store";
import { insertTestAccount } from "@/server/auth/testing/insert-test-account";
import { createTestDatabase, ENGINES } from "@/server/db/testing/engines";
import { listOutboxMessages } from "@/server/email/list-outbox-messages";
import { changeEmail, changePassword } from "./account-security-service";
import { requestPasswordReset, resetPasswordWithToken } from "./password-reset-service";

const context = { siteUrl: "https://privacy.example.com" };

describe.each(ENGINES)("account security on %s", (engine) => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
  });
  afterAll(async () => handle.drop());

  const throttle = () =>
    createAttemptThrottle({ name: `t-${Math.random()}`, perAccountAndAddress: 50, perAddress: 50, perAccount: 50, windowSeconds: 60 }, throttleStoreOf(handle));
  const mailTo = async (address: string) => (await listOutboxMessages(handle.db)).filter((message) => message.to === address);
  const tokenFrom = (text: string) => /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

  it("emails a reset link to a known address and nothing for an unknown one", async () => {
    const account = await insertTestAccount(handle.db);
    await requestPasswordReset(handle.db, account.email, context);
    await requestPasswordReset(handle.db, "nobody-here@example.com", context);
    const [message] = await mailTo(account.email);
    expect(message?.text).toContain("https://privacy.example.com/reset-password?token=");
    expect(await mailTo("nobody-here@example.com")).toEqual([]);
  });

  it("resets the password once with the link, ends every session and says so by email", async () => {
    const account = await insertTestAccount(handle.db);
    const session = await createSession(handle.db, account.accountId, new Date(Date.now() - 60_000));
    await requestPasswordReset(handle.db, account.email, context);
    const token = tokenFrom((await mailTo(account.email))[0]?.text ?? "");

    expect(await resetPasswordWithToken(handle.db, { token, newPassword: "a brand new passphrase" }, context)).toEqual({ kind: "reset", email: account.email });
    expect(await findActiveSession(handle.db, session)).toBeNull();
    expect((await mailTo(account.email)).map((message) => message.subject)).toContainEqual(expect.stringMatching(/password was changed/));
    expect((await attemptSignIn(handle.db, throttle(), { email: account.email, password: "a brand new passphrase", address: "203.0.113.5" })).kind).toBe("signed-in");
    expect((await attemptSignIn(handle.db, throttle(), { email: account.email, password: account.password, address: "203.0.113.5" })).kind).toBe("refused");

    expect(await resetPasswordWithToken(handle.db, { token, newPassword: "yet another passphrase" }, context)).toEqual({ kind: "link-unusable" });
  });

  it("checks a reset link before hashing the new password, so a made-up link costs no hash", async () => {
    const hashed: string[] = [];
    const hash = async (password: string) => {
      hashed.push(password);
      return "scrypt$never-stored";
    };
    const outcome = await resetPasswordWithToken(handle.db, { token: "made-up-token-made-up-token-made-up-token", newPassword: "a brand new passphrase" }, { ...context, hash });
    expect(outcome).toEqual({ kind: "link-unusable" });
    expect(hashed).toEqual([]);
  });

  it("refuses an expired reset link and leaves the password alone", async () => {
    const account = await insertTestAccount(handle.db);
    const issued = new Date(Date.now() - 31 * 60_000);
    await requestPasswordReset(handle.db, account.email, { ...context, now: issued });
    const token = tokenFrom((await mailTo(account.email))[0]?.text ?? "");
    expect(await resetPasswordWithToken(handle.db, { token, newPassword: "too late for this one" }, context)).toEqual({ kind: "link-unusable" });
    expect((await attemptSignIn(handle.db, throttle(), { email: account.email, password: account.password, address: "203.0.113.5" })).kind).toBe("signed-in");
  });

  it("changes the password only with the current one, ends the account's sessions, and emails the customer", async () => {
    const account = await insertTestAccount(handle.db);
    const session = await createSession(handle.db, account.accountId, new Date(Date.now() - 60_000));
    expect(await changePassword(handle.db, { accountId: account.accountId, currentPassword: "wrong", newPassword: "a different passphrase" }, context)).toBe("wrong-password");
    expect(await findActiveSession(handle.db, session)).not.toBeNull();
    expect(await mailTo(account.email)).toEqual([]);

    expect(await changePassword(handle.db, { accountId: account.accountId, currentPassword: account.password, newPassword: "a different passphrase" }, context)).toBe("changed");
    expect(await findActiveSession(handle.db, session)).toBeNull();
    expect((await mailTo(account.email))[0]?.subject).toMatch(/password was changed/);
    // A session begun after the change (the browser that made it signs in again) is fine.
    const signedIn = await attemptSignIn(handle.db, throttle(), { email: account.email, password: "a different passphrase", address: "203.0.113.5" });
    expect(signedIn.kind === "signed-in" && (await findActiveSession(handle.db, signedIn.sessionId))).toBeTruthy();
  });

  it("changes the email address with the password, telling both the old and the new address", async () => {
    const account = await insertTestAccount(handle.db);
    const session = await createSession(handle.db, account.accountId);
    const newEmail = `new-${account.accountId}@example.com`;
    expect(await changeEmail(handle.db, { accountId: account.accountId, currentPassword: "wrong", newEmail }, context)).toBe("wrong-password");
    expect(await changeEmail(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail }, context)).toBe("changed");

    expect((await mailTo(account.email))[0]?.subject).toMatch(/email address of your .* account was changed/);
    expect((await mailTo(account.email))[0]?.text).not.toContain(newEmail);
    expect((await mailTo(newEmail))[0]?.subject).toMatch(/now the email address/);
    expect(await findActiveSession(handle.db, session)).toMatchObject({ email: newEmail });
    expect((await attemptSignIn(handle.db, throttle(), { email: newEmail, password: account.password, address: "203.0.113.5" })).kind).toBe("signed-in");
  });

  it("refuses an address another account uses, and a change to the same address", async () => {
    const account = await insertTestAccount(handle.db);
    const other = await insertTestAccount(handle.db);
    expect(await changeEmail(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail: other.email }, context)).toBe("taken");
    expect(await changeEmail(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail: account.email }, context)).toBe("unchanged");
    expect(await mailTo(account.email)).toEqual([]);
  });
});
