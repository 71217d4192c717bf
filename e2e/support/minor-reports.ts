import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import BetterSqlite3 from "better-sqlite3";
import { giveDeliveredCpniNotice } from "./cpni-notices";
import type { TestAccount } from "./test-accounts";

/** What the specs about minors' reports share: a test account with a phone number and records, and a report made as a parent would. */

const databaseFile = path.resolve("data/e2e.db");
export const REFERENCE = /PR-[2-9A-Z]{4}-[2-9A-Z]{4}/;

function withDatabase<T>(work: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    return work(db);
  } finally {
    db.close();
  }
}

/** Gives a test account a phone number of its own and a few records, as the demo seed gives its customers. */
export function givePhoneAndRecords(account: TestAccount): string {
  const phone = `+1 (973) 555-${String(1000 + Math.floor(Math.random() * 9000))}`;
  withDatabase((db) => {
    const now = new Date().toISOString();
    db.prepare("update customers set phone = ? where account_id = ?").run(phone, account.id);
    db.prepare("insert into stored_communications (id, customer_id, kind, stored_at, size_bytes) values (?, ?, 'voicemail', ?, 2048)").run(randomUUID(), account.id, now);
    db.prepare("insert into device_identifiers (id, customer_id, kind, name, purpose, value_hint, first_seen_at, last_seen_at) values (?, ?, 'device', 'Kid phone', 'device', '…:7C', ?, ?)").run(
      randomUUID(),
      account.id,
      now,
      now,
    );
  });
  return phone;
}

/** The CPNI notice emailed to the account 40 days ago, with its approval to receive notices by email, so opt-out approval stands (47 CFR 64.2008(d)(1): 30 days). */
export function giveCpniNoticeFortyDaysAgo(account: TestAccount): void {
  giveDeliveredCpniNotice(account, 40);
}

/** A parent reports a child by phone number on the public form; returns the reference. */
export async function reportChildByPhone(page: Page, phone: string, reporterEmail = `reporter-${randomUUID().slice(0, 8)}@example.com`): Promise<string> {
  await page.goto("/report-a-minor");
  const main = page.getByRole("main");
  await main.getByLabel("Your name").fill("Sam Parent");
  await main.getByRole("radio", { name: "Parent" }).check();
  await main.getByLabel("Email address", { exact: true }).fill(reporterEmail);
  await main.getByLabel("The child's age").fill("13");
  await main.getByLabel("Phone number the child used").fill(phone.replace(/\D/g, "").slice(1));
  await main.getByLabel("What information about the child was disclosed?").fill("Her phone number and her voicemail greeting.");
  await main.getByRole("button", { name: "Send report" }).click();
  await expect(main.getByRole("heading", { level: 1, name: "We received your report" })).toBeVisible();
  const reference = (await main.getByRole("status").textContent())?.match(REFERENCE)?.[0];
  expect(reference, "a reference number on the confirmation").toBeTruthy();
  return reference!;
}

/**
 * Call records for the account: one with `phone` from two years ago (older than the 18 months toll records are
 * kept, 47 CFR 42.6, so an erasure of the reported details deletes it), and a recent one with another number.
 * Returns the other number, which stays.
 */
export function giveCallRecords(account: TestAccount, phone: string): string {
  // Its last four digits differ from the reported number's, so that masked (•••-•••-1234) they still tell apart.
  const other = `+1 (201) 555-${String(1000 + ((Number(phone.slice(-4)) - 999) % 9000))}`;
  withDatabase((db) => {
    const twoYearsAgo = new Date(Date.now() - 730 * 24 * 60 * 60 * 1000).toISOString();
    const insert = db.prepare("insert into call_records (id, customer_id, started_at, direction, other_party, duration_seconds) values (?, ?, ?, ?, ?, ?)");
    insert.run(randomUUID(), account.id, twoYearsAgo, "inbound", phone, 95);
    insert.run(randomUUID(), account.id, new Date().toISOString(), "outbound", other, 42);
  });
  return other;
}

/** The administrator erases only the records that hold the reported details, through the final step's confirmation, and completes the report. */
export async function eraseOnlyTheReportedRecords(admin: Page, reference: string, answer = "Thank you for telling us. We have deleted the child's phone number."): Promise<void> {
  await admin.goto(`/admin/requests/${reference}?findings=show`);
  const erase = admin.getByRole("form", { name: "Erase and complete" });
  await erase.getByRole("radio", { name: "Only the records that hold the reported details" }).check();
  await erase.getByLabel("Answer to the reporter").fill(answer);
  await erase.getByRole("checkbox", { name: /^I understand/ }).check();
  await erase.getByRole("button", { name: "Erase the data and complete the report" }).click();
  await expect(admin.getByRole("main").getByRole("status")).toContainText("Erased and completed", { timeout: 10_000 });
}
