import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInAccount } from "@/server/auth/current-account";
import { insertTestAccount } from "@/server/auth/testing/insert-test-account";
import type { DatabaseHandle } from "@/server/db/create-database";
import { createTestDatabase, ENGINES } from "@/server/db/testing/engines";
import { listOutboxMessages } from "@/server/email/list-outbox-messages";
import type { FormState } from "./form-state";
import { changeEmailAction, confirmEmailChangeAction } from "./security-actions";

// The actions' surroundings: who is signed in, the request's headers, the app's database, the outbox's
// wake-up call, and Next.js's cache and redirect (which need a live request).
const surroundings = vi.hoisted(() => ({
  handle: null as DatabaseHandle | null,
  account: null as SignedInAccount | null,
  kicks: 0,
  revalidated: [] as string[],
}));
vi.mock("next/headers", async () => {
  const { stampedHeaders } = await import("@/server/http/testing/stamped-headers");
  return { headers: async () => stampedHeaders("203.0.113.9") };
});
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => surroundings.revalidated.push(path) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect to ${url}`);
  },
}));
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("@/server/auth/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/server/auth/current-account", () => ({
  requireSignedIn: async () => {
    if (!surroundings.account) throw new Error("redirect to sign in");
    return surroundings.account;
  },
}));
vi.mock("@/server/db/database", () => ({
  database: async () => surroundings.handle!.db,
  databaseHandle: async () => surroundings.handle!,
}));
vi.mock("@/server/email/email-dispatcher", () => ({
  kickEmailDispatcher: () => {
    surroundings.kicks++;
  },
}));

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const idle: FormState = { status: "idle" };
const signedInAs = (account: { accountId: string; email: string }): SignedInAccount => ({ ...account, role: "customer", sessionId: `session-${account.accountId}` });

describe.each(ENGINES)("the email change actions on %s", (engine) => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    surroundings.handle = handle;
  });
  afterAll(async () => handle.drop());
  beforeEach(() => {
    surroundings.account = null;
    surroundings.kicks = 0;
    surroundings.revalidated = [];
  });

  const mailTo = async (address: string) => (await listOutboxMessages(handle.db)).filter((message) => message.to === address);
  const emailOf = async (accountId: string) => (await handle.db.selectFrom("accounts").select("email").where("id", "=", accountId).executeTakeFirstOrThrow()).email;
  /** The state with the address asked for replaced, so the answers to two different addresses can be compared whole. */
  const withoutAddress = (state: FormState, address: string) => JSON.parse(JSON.stringify(state).replaceAll(address, "<new address>")) as unknown;

  it("answers a taken and a free address alike, and emails a link only to the free one", async () => {
    const account = await insertTestAccount(handle.db);
    const other = await insertTestAccount(handle.db);
    const free = `free-${account.accountId}@example.com`;
    surroundings.account = signedInAs(account);
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
    surroundings.account = signedInAs(account);
    expect(await changeEmailAction(idle, formData({ newEmail, currentPassword: "not the password" }))).toEqual({
      status: "error",
      message: "Your email address was not changed.",
      fieldErrors: { currentPassword: "That is not your current password." },
      values: { newEmail },
    });
    expect(await mailTo(newEmail)).toEqual([]);
    expect(await mailTo(account.email)).toEqual([]);
  });

  it("confirms a link only for the signed-in account that asked for it", async () => {
    const account = await insertTestAccount(handle.db);
    const other = await insertTestAccount(handle.db);
    const newEmail = `confirmed-${account.accountId}@example.com`;
    surroundings.account = signedInAs(account);
    await changeEmailAction(idle, formData({ newEmail, currentPassword: account.password }));
    const token = /confirm-email\?token=([A-Za-z0-9_-]+)/.exec((await mailTo(newEmail))[0]?.text ?? "")?.[1] ?? "";

    surroundings.account = signedInAs(other);
    expect(await confirmEmailChangeAction(idle, formData({ token }))).toEqual({ status: "error", message: expect.stringMatching(/^This link is for another account, so nothing was changed\./) });
    expect(await emailOf(account.accountId)).toBe(account.email);
    expect(await emailOf(other.accountId)).toBe(other.email);

    surroundings.account = signedInAs(account);
    await expect(confirmEmailChangeAction(idle, formData({ token }))).rejects.toThrow("redirect to /account/security?changed=email");
    expect(await emailOf(account.accountId)).toBe(newEmail);
    expect(surroundings.revalidated).toEqual(["/account"]);
    await expect(confirmEmailChangeAction(idle, formData({ token }))).resolves.toEqual({ status: "error", message: expect.stringMatching(/^This link has expired, has been used/) });
    expect(await confirmEmailChangeAction(idle, formData({ token: "short" }))).toMatchObject({ status: "error" });
  });
});
