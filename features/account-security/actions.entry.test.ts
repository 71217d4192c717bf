import { describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/forms/form-state";
import { insertTestAccount } from "@/server/auth/testing/insert-test-account";
import { entryPointDatabaseFor, formOf as formData, signedInAs, signedOut, surroundings } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { listOutboxMessages } from "@/server/email/list-outbox-messages";
import { changeEmailAction, changePasswordAction, confirmEmailChangeAction, resetPasswordAction } from "./actions";

// The actions' surroundings (server/boundary/testing/entry-point-surroundings.ts): who is signed in, the connection's
// address, the test's database, the outbox's wake-up call, and Next.js's cache, redirect and not-found.
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("@/server/auth/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));

const idle: FormState = { status: "idle" };
const signedInAsCustomer = (account: { accountId: string; email: string }) => signedInAs(account.accountId, "customer", account.email);

describe.each(ENGINES)("posting reset links on %s", (engine) => {
  entryPointDatabaseFor(engine);

  const resetForm = (token: string) => formData({ token, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" });

  it("answers 10 made-up links from one address, then asks it to wait; another address is not held up", async () => {
    surroundings.clientAddress = `198.51.100.${engine === "sqlite" ? 1 : 2}`;
    for (let n = 0; n < 10; n++) {
      expect(await resetPasswordAction(idle, resetForm(`made-up-link-number-${n}-xxxxxxxx`))).toMatchObject({
        status: "error",
        message: expect.stringMatching(/has expired or has already been used/),
      });
    }
    expect(await resetPasswordAction(idle, resetForm("made-up-link-number-11-xxxxxxxx"))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/^Too many reset links that did not work, try again in 15 minutes\./),
    });
    surroundings.clientAddress = "192.0.2.77";
    expect(await resetPasswordAction(idle, resetForm("made-up-link-number-12-xxxxxxxx"))).toMatchObject({
      message: expect.stringMatching(/has expired or has already been used/),
    });
  });
});

describe.each(ENGINES)("the email change actions on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);

  const mailTo = async (address: string) => (await listOutboxMessages(handle.db)).filter((message) => message.to === address);
  const emailOf = async (accountId: string) => (await handle.db.selectFrom("accounts").select("email").where("id", "=", accountId).executeTakeFirstOrThrow()).email;
  /** The state with the address asked for replaced, so the answers to two different addresses can be compared whole. */
  const withoutAddress = (state: FormState, address: string) => JSON.parse(JSON.stringify(state).replaceAll(address, "<new address>")) as unknown;

  it("answers a taken and a free address alike, and emails a link only to the free one", async () => {
    const account = await insertTestAccount(handle.db);
    const other = await insertTestAccount(handle.db);
    const free = `free-${account.accountId}@example.com`;
    signedInAsCustomer(account);
    const ask = (newEmail: string) => changeEmailAction(idle, formData({ newEmail, currentPassword: account.password }));

    const freeAnswer = await ask(free);
    const takenAnswer = await ask(other.email);
    expect(freeAnswer).toEqual({ status: "success", message: `We sent a link to ${free}. Your email address changes when you open it (within 24 hours).` });
    expect(withoutAddress(takenAnswer, other.email)).toEqual(withoutAddress(freeAnswer, free));
    // Nothing else the page shows changes either: the account keeps its address, and no page is revalidated.
    expect(await emailOf(account.accountId)).toBe(account.email);
    expect(surroundings.revalidated).toEqual([]);
    expect(surroundings.kicks).toBe(2);

    const [link, ...moreToFree] = await mailTo(free);
    expect(moreToFree).toEqual([]);
    expect(link?.subject).toMatch(/Confirm the new email address/);
    expect(link?.text).toMatch(/\/account\/security\/confirm-email\?token=[A-Za-z0-9_-]{43}/);
    const [explanation, ...moreToTaken] = await mailTo(other.email);
    expect(moreToTaken).toEqual([]);
    expect(explanation?.text).toMatch(/An account already uses this address, so nothing was changed/);
    expect(explanation?.text).not.toMatch(/token=/);
    const notices = await mailTo(account.email);
    expect(notices.map((notice) => [notice.subject, notice.text])).toEqual([
      [notices[0]?.subject, notices[0]?.text],
      [notices[0]?.subject, notices[0]?.text],
    ]);
    expect(notices[0]?.subject).toMatch(/change of the email address of your .* account was asked for/);
  });

  it("refuses a wrong current password, emailing nobody", async () => {
    const account = await insertTestAccount(handle.db);
    const newEmail = `wrong-${account.accountId}@example.com`;
    signedInAsCustomer(account);
    expect(await changeEmailAction(idle, formData({ newEmail, currentPassword: "not the password" }))).toEqual({
      status: "error",
      message: "Your email address was not changed.",
      fieldErrors: { currentPassword: "That is not your current password." },
      values: { newEmail },
    });
    expect(await mailTo(newEmail)).toEqual([]);
    expect(await mailTo(account.email)).toEqual([]);
  });

  it("explains an answer that does not fit, keeping what was typed but never the password", async () => {
    const account = await insertTestAccount(handle.db);
    signedInAsCustomer(account);
    expect(await changeEmailAction(idle, formData({ newEmail: "not-an-address", currentPassword: account.password }))).toEqual({
      status: "error",
      message: "There is a problem with one answer. Please correct the highlighted fields.",
      fieldErrors: { newEmail: "Enter an email address like name@example.com." },
      values: { newEmail: "not-an-address" },
    });
    expect(await mailTo(account.email)).toEqual([]);
  });

  it("sends a visitor whose session has ended to sign in and back to the page, before reading the form", async () => {
    await expect(changeEmailAction(idle, formData({ newEmail: "someone@example.com", currentPassword: "whatever" }))).rejects.toThrow(
      "redirect to /sign-in?next=%2Faccount%2Fsecurity",
    );
    await expect(changePasswordAction(idle, formData({}))).rejects.toThrow("redirect to /sign-in?next=%2Faccount%2Fsecurity");
  });

  it("changes no password without the current one, and tells nobody", async () => {
    const account = await insertTestAccount(handle.db);
    signedInAsCustomer(account);
    const change = { currentPassword: "not the password", newPassword: "a different passphrase", confirmPassword: "a different passphrase" };
    expect(await changePasswordAction(idle, formData(change))).toEqual({
      status: "error",
      message: "Your password was not changed.",
      fieldErrors: { currentPassword: "That is not your current password." },
      values: {},
    });
    expect(await mailTo(account.email)).toEqual([]);
    expect(surroundings.kicks).toBe(0);
  });

  it("confirms a link only for the signed-in account that asked for it", async () => {
    const account = await insertTestAccount(handle.db);
    const other = await insertTestAccount(handle.db);
    const newEmail = `confirmed-${account.accountId}@example.com`;
    signedInAsCustomer(account);
    await changeEmailAction(idle, formData({ newEmail, currentPassword: account.password }));
    const token = /confirm-email\?token=([A-Za-z0-9_-]+)/.exec((await mailTo(newEmail))[0]?.text ?? "")?.[1] ?? "";

    // Signed out, the button sends the visitor to sign in and back to the link itself (its path and token).
    signedOut();
    surroundings.pagePath = `/account/security/confirm-email?token=${token}`;
    await expect(confirmEmailChangeAction(idle, formData({ token }))).rejects.toThrow(`redirect to /sign-in?next=${encodeURIComponent(surroundings.pagePath)}`);

    signedInAsCustomer(other);
    expect(await confirmEmailChangeAction(idle, formData({ token }))).toMatchObject({ status: "error", message: expect.stringMatching(/^This link is for another account, so nothing was changed\./) });
    expect(await emailOf(account.accountId)).toBe(account.email);
    expect(await emailOf(other.accountId)).toBe(other.email);

    signedInAsCustomer(account);
    await expect(confirmEmailChangeAction(idle, formData({ token }))).rejects.toThrow("redirect to /account/security?changed=email");
    expect(await emailOf(account.accountId)).toBe(newEmail);
    expect(surroundings.revalidated).toEqual(["/account"]);
    await expect(confirmEmailChangeAction(idle, formData({ token }))).resolves.toMatchObject({ status: "error", message: expect.stringMatching(/^This link has expired, has been used/) });
    expect(await confirmEmailChangeAction(idle, formData({ token: "short" }))).toMatchObject({ status: "error", fieldErrors: { token: "This link is incomplete." } });
  });
});
