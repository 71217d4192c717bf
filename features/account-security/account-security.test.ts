import { describe, expect, it } from "vitest";
import { attemptSignIn } from "@/server/auth/attempt-sign-in";
import { createAttemptThrottle } from "@/server/auth/attempt-throttle";
import { throttleStoreOf } from "@/server/auth/throttle-store";
import { createSession, findActiveSession } from "@/server/auth/session-store";
import { insertTestAccount } from "@/server/auth/testing/insert-test-account";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { listOutboxMessages } from "@/server/email/list-outbox-messages";
import { changePassword } from "./account-security-service";
import { confirmEmailChange, readEmailChangeLink, requestEmailChange } from "./email-change-service";
import { requestPasswordReset, resetPasswordWithToken } from "./password-reset-service";

const context = { siteUrl: "https://privacy.example.com" };

describe.each(ENGINES)("account security on %s", (engine) => {
  const handle = testDatabaseFor(engine);

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

  const confirmTokenFrom = (text: string) => /confirm-email\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
  const emailOf = async (accountId: string) => (await handle.db.selectFrom("accounts").select("email").where("id", "=", accountId).executeTakeFirstOrThrow()).email;

  it("changes the email address only through the link sent to the new address, telling both addresses", async () => {
    const account = await insertTestAccount(handle.db);
    const session = await createSession(handle.db, account.accountId);
    const newEmail = `new-${account.accountId}@example.com`;
    const request = (currentPassword: string) => requestEmailChange(handle.db, { accountId: account.accountId, currentPassword, newEmail }, context);
    expect(await request("wrong")).toBe("wrong-password");
    expect(await mailTo(account.email)).toEqual([]);
    expect(await mailTo(newEmail)).toEqual([]);

    expect(await request(account.password)).toBe("requested");
    // Nothing changes until the link is used; the address of record is told, without the new address.
    expect(await emailOf(account.accountId)).toBe(account.email);
    const [notice] = await mailTo(account.email);
    expect(notice?.subject).toMatch(/change of the email address of your .* account was asked for/);
    expect(notice?.text).not.toContain(newEmail);
    const [linkEmail] = await mailTo(newEmail);
    expect(linkEmail?.subject).toMatch(/Confirm the new email address/);
    expect(linkEmail?.text).toContain("https://privacy.example.com/account/security/confirm-email?token=");
    const token = confirmTokenFrom(linkEmail?.text ?? "");
    expect(await readEmailChangeLink(handle.db, { accountId: account.accountId, token })).toEqual({ kind: "usable", newEmail });

    expect(await confirmEmailChange(handle.db, { accountId: account.accountId, token }, context)).toEqual({ kind: "changed", newEmail });
    expect(await emailOf(account.accountId)).toBe(newEmail);
    expect((await mailTo(account.email)).map((message) => message.subject)).toContainEqual(expect.stringMatching(/email address of your .* account was changed/));
    expect((await mailTo(account.email)).every((message) => !message.text.includes(newEmail))).toBe(true);
    expect((await mailTo(newEmail)).map((message) => message.subject)).toContainEqual(expect.stringMatching(/now the email address/));
    expect(await findActiveSession(handle.db, session)).toMatchObject({ email: newEmail });
    expect((await attemptSignIn(handle.db, throttle(), { email: newEmail, password: account.password, address: "203.0.113.5" })).kind).toBe("signed-in");

    // The link works once.
    expect(await readEmailChangeLink(handle.db, { accountId: account.accountId, token })).toEqual({ kind: "unusable" });
    expect(await confirmEmailChange(handle.db, { accountId: account.accountId, token }, context)).toEqual({ kind: "unusable" });
  });

  it("stores only a hash of the link's token", async () => {
    const account = await insertTestAccount(handle.db);
    const newEmail = `hashed-${account.accountId}@example.com`;
    await requestEmailChange(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail }, context);
    const token = confirmTokenFrom((await mailTo(newEmail))[0]?.text ?? "");
    const rows = await handle.db.selectFrom("emailChangeRequests").select(["tokenHash", "newEmail", "createdAt", "expiresAt"]).where("accountId", "=", account.accountId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(rows[0]!.expiresAt) - Date.parse(rows[0]!.createdAt)).toBe(24 * 60 * 60_000);
  });

  it("lets no other account use the link, and leaves it usable for the account that asked", async () => {
    const account = await insertTestAccount(handle.db);
    const other = await insertTestAccount(handle.db);
    const newEmail = `mine-${account.accountId}@example.com`;
    await requestEmailChange(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail }, context);
    const token = confirmTokenFrom((await mailTo(newEmail))[0]?.text ?? "");

    expect(await readEmailChangeLink(handle.db, { accountId: other.accountId, token })).toEqual({ kind: "other-account" });
    expect(await confirmEmailChange(handle.db, { accountId: other.accountId, token }, context)).toEqual({ kind: "other-account" });
    expect(await emailOf(other.accountId)).toBe(other.email);
    expect(await emailOf(account.accountId)).toBe(account.email);
    expect(await mailTo(other.email)).toEqual([]);

    expect(await confirmEmailChange(handle.db, { accountId: account.accountId, token }, context)).toEqual({ kind: "changed", newEmail });
  });

  it("refuses an expired link, and one a newer request replaced, changing nothing", async () => {
    const account = await insertTestAccount(handle.db);
    const first = `first-${account.accountId}@example.com`;
    const second = `second-${account.accountId}@example.com`;
    const issued = new Date(Date.now() - 24 * 60 * 60_000 - 60_000);
    await requestEmailChange(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail: first }, { ...context, now: issued });
    const expired = confirmTokenFrom((await mailTo(first))[0]?.text ?? "");
    expect(await readEmailChangeLink(handle.db, { accountId: account.accountId, token: expired })).toEqual({ kind: "unusable" });
    expect(await confirmEmailChange(handle.db, { accountId: account.accountId, token: expired }, context)).toEqual({ kind: "unusable" });

    await requestEmailChange(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail: first }, context);
    const replaced = confirmTokenFrom((await mailTo(first))[0]?.text ?? ""); // newest first
    await requestEmailChange(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail: second }, context);
    expect(await confirmEmailChange(handle.db, { accountId: account.accountId, token: replaced }, context)).toEqual({ kind: "unusable" });
    expect(await confirmEmailChange(handle.db, { accountId: account.accountId, token: "an-unknown-token-of-enough-length" }, context)).toEqual({ kind: "unusable" });
    expect(await emailOf(account.accountId)).toBe(account.email);
  });

  it("answers a taken address as a free one, emailing it an explanation instead of a link", async () => {
    const account = await insertTestAccount(handle.db);
    const other = await insertTestAccount(handle.db);
    const free = `free-${account.accountId}@example.com`;
    const ask = (newEmail: string) => requestEmailChange(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail }, context);
    expect(await ask(other.email)).toBe("requested");
    expect(await ask(free)).toBe("requested");

    const [explanation, ...rest] = await mailTo(other.email);
    expect(rest).toEqual([]);
    expect(explanation?.subject).toMatch(/not added to another/);
    expect(explanation?.text).toMatch(/An account already uses this address, so nothing was changed/);
    expect(explanation?.text).toMatch(/If this wasn't you, ignore this email/);
    expect(explanation?.text).not.toMatch(/token=/);
    expect(await handle.db.selectFrom("emailChangeRequests").select("newEmail").where("newEmail", "=", other.email).execute()).toEqual([]);
    // The address of record hears the same words both times.
    const notices = await mailTo(account.email);
    expect(notices).toHaveLength(2);
    expect(notices[0]?.subject).toBe(notices[1]?.subject);
    expect(notices[0]?.text).toBe(notices[1]?.text);
    expect(await emailOf(other.accountId)).toBe(other.email);
    expect(await emailOf(account.accountId)).toBe(account.email);
  });

  it("says so when another account took the address before the link was used", async () => {
    const account = await insertTestAccount(handle.db);
    const newEmail = `contested-${account.accountId}@example.com`;
    await requestEmailChange(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail }, context);
    const token = confirmTokenFrom((await mailTo(newEmail))[0]?.text ?? "");
    const quicker = await insertTestAccount(handle.db, { email: newEmail });

    expect(await confirmEmailChange(handle.db, { accountId: account.accountId, token }, context)).toEqual({ kind: "taken", newEmail });
    expect(await emailOf(account.accountId)).toBe(account.email);
    expect(await emailOf(quicker.accountId)).toBe(newEmail);
    expect((await mailTo(account.email)).map((message) => message.subject)).not.toContainEqual(expect.stringMatching(/was changed/));
  });

  it("refuses a change to the address the account already has", async () => {
    const account = await insertTestAccount(handle.db);
    expect(await requestEmailChange(handle.db, { accountId: account.accountId, currentPassword: account.password, newEmail: account.email }, context)).toBe("unchanged");
    expect(await mailTo(account.email)).toEqual([]);
  });
});
