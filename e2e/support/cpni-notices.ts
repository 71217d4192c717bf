import { randomUUID } from "node:crypto";
import path from "node:path";
import { type Browser, expect, type Page } from "@playwright/test";
import { demoAdministrator } from "../../server/db/seed/demo-people";
import BetterSqlite3 from "better-sqlite3";
import { signIn, signInAsAdministrator } from "./sign-in";
import type { TestAccount } from "./test-accounts";

/** What the specs about CPNI notices share: a notice the customer had, and a request the administrator opens the customer's records on. */

const databaseFile = path.resolve("data/e2e.db");
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The CPNI notice the job emailed `daysAgo` days ago, delivered then (the e2e server has no mail server to deliver
 * it), to a customer who had approved notices by email at sign-up the day before (47 CFR 64.2008(d)(3)(i)): so it counts.
 */
export function giveDeliveredCpniNotice(customer: TestAccount, daysAgo: number): void {
  const db = new BetterSqlite3(databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    const sentAt = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
    const approvedAt = new Date(Date.now() - (daysAgo + 1) * DAY_MS).toISOString();
    const emailId = randomUUID();
    db.transaction(() => {
      db.prepare(
        "insert into consent_records (customer_id, choice_key, old_value, new_value, method, policy_version, created_at) values (?, 'service-notices-by-email', 0, 1, 'sign_up', '2026-11-20', ?)",
      ).run(customer.id, approvedAt);
      db.prepare(
        "insert into email_outbox (id, to_address, subject, text_body, headers_json, category, created_at, sent_at, attempts, last_error, next_attempt_at) values (?, ?, ?, ?, '{}', 'transactional', ?, ?, 1, null, ?)",
      ).run(emailId, customer.email, "Notice of your rights over your CPNI (Customer Proprietary Network Information)", "The notice.", sentAt, sentAt, sentAt);
      db.prepare("insert into cpni_notices (customer_id, sent_at, to_address, email_id, notice_version, kind) values (?, ?, ?, ?, '2026-11-20', 'first')").run(customer.id, sentAt, customer.email, emailId);
    }).immediate();
  } finally {
    db.close();
  }
}

/** The customer signs in and asks for a copy of their information: a request the administrator can open their records on. Returns its reference. */
export async function askForACopy(page: Page, customer: TestAccount): Promise<string> {
  await signIn(page, customer.email, customer.password);
  await page.goto("/account/requests");
  const access = page.getByRole("region", { name: "Ask for a copy of your information" });
  await access.getByLabel("Your password").fill(customer.password);
  await access.getByRole("button", { name: "Ask for a copy" }).click();
  await page.waitForURL(/\/account\/requests\/PR-/, { timeout: 20_000 });
  const reference = page.url().match(/PR-[2-9A-Z]{4}-[2-9A-Z]{4}/)?.[0];
  expect(reference, "a reference in the request's address").toBeTruthy();
  return reference!;
}

/** Opens the customer's records on the request in the console (an audited look) and returns its CPNI section. */
export async function openCpniRecords(admin: Page, reference: string) {
  await admin.goto(`/admin/requests/${reference}`);
  await admin.getByRole("link", { name: "Show the customer’s records" }).click();
  return admin.getByRole("region", { name: "CPNI notices and uses" });
}

/**
 * A test customer of the spec's own (after `prepare`, e.g. a notice had) who asks for a copy of their
 * information in a browser of their own. Returns the request's reference.
 */
export async function customerWithRequest(browser: Browser, customer: TestAccount, prepare: (customer: TestAccount) => void = () => undefined): Promise<string> {
  prepare(customer);
  const page = await (await browser.newContext()).newPage();
  const reference = await askForACopy(page, customer);
  await page.context().close();
  return reference;
}

/** The demo Privacy Administrator, signed in in a browser of their own. */
export async function administratorPage(browser: Browser): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  return admin;
}
