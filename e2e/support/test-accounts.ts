import { randomUUID } from "node:crypto";
import path from "node:path";
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from "@playwright/test";
import BetterSqlite3 from "better-sqlite3";
import { expectSoon } from "./expect-soon";
import { demoCustomers } from "../../server/db/seed/demo-people";

/** The e2e server's own database (playwright.config.ts), fresh for every run. */
const databaseFile = path.resolve("data/e2e.db");
const jordan = demoCustomers[1]!;

export interface TestAccount {
  id: string;
  email: string;
  password: string;
}

/**
 * A customer of the test's own, for journeys that change a password, an email
 * address or throttle an account, so the demo people stay as README says: a
 * copy of Jordan's account and customer record (so Jordan's password) under a
 * new id and email. `removeTestAccounts()` deletes them and, by cascade, their
 * sessions and reset links.
 */
export function createTestAccount(label: string): TestAccount {
  const id = `e2e-${label}-${randomUUID().slice(0, 8)}`;
  const email = `${id}@example.com`;
  const db = new BetterSqlite3(databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    const copyRow = (table: string, keyColumn: string, overrides: Record<string, string>) => {
      const row = db.prepare(`select * from ${table} where ${keyColumn} = ?`).get(jordan.id) as Record<string, unknown>;
      const values = { ...row, ...overrides };
      const columns = Object.keys(values);
      db.prepare(`insert into ${table} (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`).run(...Object.values(values));
    };
    // IMMEDIATE, as every write transaction here: a deferred one that reads first cannot wait for the server's
    // writers (its snapshot goes stale, and SQLite answers "database is locked" at once instead of waiting).
    db.transaction(() => {
      copyRow("accounts", "id", { id, email });
      copyRow("customers", "account_id", { account_id: id });
    }).immediate();
  } finally {
    db.close();
  }
  return { id, email, password: jordan.password };
}

/**
 * For a spec file, at its top level: a maker of test accounts (named
 * `${prefix}${label}`) that are all removed when the file's tests are done.
 */
export function testAccountsOfThisFile(prefix = ""): (label: string) => TestAccount {
  const created: TestAccount[] = [];
  test.afterAll(() => removeTestAccounts(created));
  return (label) => {
    const account = createTestAccount(`${prefix}${label}`);
    created.push(account);
    return account;
  };
}

export function removeTestAccounts(accounts: TestAccount[]): void {
  const db = new BetterSqlite3(databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    for (const account of accounts.splice(0)) db.prepare("delete from accounts where id = ?").run(account.id);
  } finally {
    db.close();
  }
}

/** Deletes the requests a spec made by these references (their events go with them), emptying the list. */
export function removeTestRequests(references: string[]): void {
  const db = new BetterSqlite3(databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    for (const reference of references.splice(0)) db.prepare("delete from privacy_requests where reference = ?").run(reference);
  } finally {
    db.close();
  }
}

/** Fills in and sends the sign-in form, and waits for the server's answer to arrive. */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Sign in", exact: true }).click(),
  ]);
}

/**
 * Waits until a refused sign-in is fully shown (the button is back from
 * "Signing in…" and the form has been reset), then checks the message. Typing
 * before that would race React's reset of the form.
 */
export async function expectSignInRefused(page: Page, message: RegExp): Promise<void> {
  await expectSoon(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await expectSoon(page.getByRole("main").getByRole("alert")).toHaveText(message);
}

/** The value of the session cookie the browser holds now. */
export async function sessionCookieOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith("authjs.session-token"));
  expect(cookie, "a session cookie").toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}

/** Replays a session cookie on its own, outside the browser, and answers whether the account page was served. */
export async function accountPageAnswers(request: APIRequestContext, cookie: string): Promise<{ status: number; location: string }> {
  const response = await request.get("/account", { headers: { cookie }, maxRedirects: 0 });
  return { status: response.status(), location: response.headers()["location"] ?? "" };
}
