import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import BetterSqlite3 from "better-sqlite3";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { expectSoon } from "./support/expect-soon";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { type TestAccount, testAccountsOfThisFile } from "./support/test-accounts";

/**
 * The customer's CPNI notices and uses in the console (47 CFR 64.2008(a)(2),
 * 64.2009(c)), and an emailed notice that came back undeliverable, sent again
 * by post (64.2008(d)(3)(iii)).
 */
const databaseFile = path.resolve("data/e2e.db");
const createTestAccount = testAccountsOfThisFile("cpni-");

/** The CPNI notice the job emailed 40 days ago, delivered then (the e2e server has no mail server to deliver it). */
function giveDeliveredNotice(customer: TestAccount): void {
  const db = new BetterSqlite3(databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    const sentAt = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString();
    const emailId = randomUUID();
    db.transaction(() => {
      db.prepare(
        "insert into email_outbox (id, to_address, subject, text_body, headers_json, category, created_at, sent_at, attempts, last_error, next_attempt_at) values (?, ?, ?, ?, '{}', 'transactional', ?, ?, 1, null, ?)",
      ).run(emailId, customer.email, "Notice of your rights over your CPNI (Customer Proprietary Network Information)", "The notice.", sentAt, sentAt, sentAt);
      db.prepare("insert into cpni_notices (customer_id, sent_at, to_address, email_id, notice_version, kind) values (?, ?, ?, ?, '2026-11-20', 'first')").run(customer.id, sentAt, customer.email, emailId);
    }).immediate();
  } finally {
    db.close();
  }
}

test("the administrator sees a customer's CPNI notices, records that the email came back, that the notice went by post and the customer's reply, each audited", async ({ page, browser }) => {
  test.slow(); // a customer and the administrator, with two records made
  const customer = createTestAccount("post");
  giveDeliveredNotice(customer);

  // The customer asks for a copy of their information: a request the administrator works on.
  await signIn(page, customer.email, customer.password);
  await page.goto("/account/requests");
  const access = page.getByRole("region", { name: "Ask for a copy of your information" });
  await access.getByLabel("Your password").fill(customer.password);
  await access.getByRole("button", { name: "Ask for a copy" }).click();
  await page.waitForURL(/\/account\/requests\/PR-/, { timeout: 20_000 });
  const reference = page.url().match(/PR-[2-9A-Z]{4}-[2-9A-Z]{4}/)![0];

  const admin = await (await browser.newContext()).newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  await admin.goto(`/admin/requests/${reference}`);
  await admin.getByRole("link", { name: "Show the customer’s records" }).click();
  const cpni = admin.getByRole("region", { name: "CPNI notices and uses" });
  await expect(cpni).toContainText("Opt-out approval stands");
  const notices = cpni.getByRole("table", { name: /CPNI notices sent to the customer/ });
  await expect(notices.getByRole("row").nth(1)).toContainText(`Emailed to ${customer.email}; delivered`);
  await expect(cpni).toContainText("No use of this customer’s CPNI recorded.");
  await expectNoAxeViolations(admin);

  // The email came back: it no longer counts, and the console says what to do.
  await notices.getByRole("button", { name: "Came back undeliverable" }).click();
  await expectSoon(cpni.getByRole("status")).toContainText("Recorded: the emailed CPNI notice came back undeliverable.");
  await expect(notices.getByRole("row").nth(1)).toContainText("came back undeliverable");
  await expect(cpni).toContainText("send it by post and record it below before any CPNI is used");

  // Posted today: the wait starts on the third day after the mailing.
  const posted = admin.getByRole("form", { name: "Record a notice sent by post" });
  await posted.getByRole("button", { name: "Record the notice sent by post" }).click();
  await expectSoon(cpni.getByRole("status")).toContainText("Recorded: the CPNI notice was sent by post.");
  await expect(notices.getByRole("row").nth(1)).toContainText("Posted to");
  await expect(cpni).toContainText("Waiting: approval may be assumed from");
  await expectNoAxeViolations(admin);

  // The customer replies "no" to the notice: the reply reaches the administrator, who records it, and it is honoured at once.
  await admin.getByRole("form", { name: "The customer replied “no” to the notice" }).getByRole("button", { name: "Record the customer’s no" }).click();
  await expectSoon(cpni.getByRole("status")).toContainText("Recorded: the customer said no");
  await expect(cpni).toContainText("Communications-related offers: The customer said no.");

  // Each record is in the audit log, under the customer.
  await admin.goto(`/admin/audit?customer=${encodeURIComponent(customer.email)}`);
  for (const action of [
    "Viewed the customer’s records",
    "Recorded a CPNI notice email as returned undelivered",
    "Recorded a CPNI notice sent by post",
    "Recorded a CPNI opt-out the customer sent by reply",
  ])
    await expect(admin.getByRole("main")).toContainText(action);
  await admin.context().close();

  // The customer's own page lists the notice sent by post, and says where they stand.
  await page.goto("/account/choices");
  const notice = page.getByRole("region", { name: /Your rights over your Customer Proprietary Network Information/ });
  await expect(notice).toContainText("(by post)");
  await expect(notice).toContainText("You said no: we do not use your CPNI for offers.");
});
