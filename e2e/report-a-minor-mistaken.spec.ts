import { type Browser, expect, type Page, test } from "@playwright/test";
import { cpniNotice } from "../content/choices";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { CONFIRMATION_REFUSED } from "../features/admin/request-confirmation";
import { giveCpniNoticeFortyDaysAgo, givePhoneAndRecords, reportChildByPhone } from "./support/minor-reports";
import { takeStep } from "./support/request-steps";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { createTestAccount, removeTestAccounts, removeTestRequests, type TestAccount } from "./support/test-accounts";

/**
 * Besides erasure, the only way a minor's report's hold ends (decision 0012): the Privacy Administrator records,
 * with a reason, that the report was mistaken, through the final step's confirmation. The customer notices the hold
 * end (their CPNI standing on "Your choices"); the audit log says it in words.
 */

const references: string[] = [];
const accounts: TestAccount[] = [];
test.afterAll(() => {
  removeTestRequests(references);
  removeTestAccounts(accounts);
});

const REASON = "The number is the account holder's own business line; the reporter had a digit wrong.";
const HELD = /We do not use your CPNI for offers at present\./;
const NOT_HELD = /so we may use your CPNI for our communications-related offers/;

async function signedIn(browser: Browser, customer: TestAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, customer.email, customer.password);
  return page;
}

async function administrator(browser: Browser): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  return admin;
}

/** The administrator records the report as mistaken, with a reason, through the final step's confirmation. */
/** A test account whose number a parent reports, with the administrator signed in beside it. */
async function reportedWithAdministrator(page: Page, browser: Browser, label: string): Promise<{ customer: TestAccount; reference: string; admin: Page }> {
  const customer = createTestAccount(label);
  accounts.push(customer);
  const [reference, admin] = await Promise.all([reportChildByPhone(page, givePhoneAndRecords(customer)), administrator(browser)]);
  references.push(reference);
  return { customer, reference, admin };
}

async function recordAsMistaken(admin: Page, reference: string): Promise<void> {
  await admin.goto(`/admin/requests/${reference}`);
  await takeStep(admin, "Record that the report was mistaken", "Record as mistaken and end the hold", { "Why the report was mistaken": REASON }, "Recorded as mistaken. The hold on the matched accounts has ended.");
  await expect(admin.getByRole("main")).toContainText("The hold ended: the report was recorded as mistaken");
  await expect(admin.getByRole("main")).toContainText(REASON);
}

test("after the administrator records the report as mistaken, the customer's hold ends: their CPNI standing says so", async ({ page, browser }) => {
  test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
  const customer = createTestAccount("mistaken");
  accounts.push(customer);
  giveCpniNoticeFortyDaysAgo(customer);
  const phone = givePhoneAndRecords(customer);
  const [reference, choices, admin] = await Promise.all([reportChildByPhone(page, phone), signedIn(browser, customer), administrator(browser)]);
  references.push(reference);

  // While the report stands, the customer's CPNI is not used for offers.
  await choices.goto("/account/choices");
  const standing = choices.getByRole("region", { name: cpniNotice.title });
  await expect(standing).toContainText(HELD);

  await recordAsMistaken(admin, reference);
  await admin.context().close();

  await choices.reload();
  await expect(standing).toContainText(NOT_HELD);
  await choices.context().close();
});

test("the audit log says in words, linked to the report, that the administrator recorded it as mistaken", async ({ page, browser }) => {
  test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
  const { customer, reference, admin } = await reportedWithAdministrator(page, browser, "mistaken-audit");
  await recordAsMistaken(admin, reference);

  await admin.goto("/admin/audit");
  const entry = admin
    .getByRole("table", { name: /Audit log entries/ })
    .getByRole("row")
    .filter({ has: admin.getByRole("link", { name: reference }) })
    .filter({ hasText: "Recorded the report as mistaken, ending its hold" });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Privacy Administrator");
  await expect(entry).toContainText(customer.email);
  await expect(entry).not.toContainText("record_minor_report_mistaken");
  await admin.context().close();
});

test("without the ticked confirmation nothing is recorded, and the hold stands", async ({ page, browser }) => {
  test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
  const { reference, admin } = await reportedWithAdministrator(page, browser, "mistaken-unconfirmed");
  await admin.goto(`/admin/requests/${reference}`);
  const summary = admin.getByRole("main").locator("summary", { hasText: "Record that the report was mistaken" });
  if ((await summary.count()) > 0) await summary.click();
  const form = admin.getByRole("form", { name: "Record that the report was mistaken" });
  await form.getByLabel("Why the report was mistaken", { exact: true }).fill(REASON);
  const confirmation = form.getByRole("checkbox", { name: /^I understand/ });
  await expect(confirmation).not.toBeChecked();
  await form.getByRole("button", { name: "Record as mistaken and end the hold" }).click();
  // The server refuses the step and says why; the reason typed stays in the form.
  await expect(form).toContainText(CONFIRMATION_REFUSED);
  await expect(form.getByLabel("Why the report was mistaken", { exact: true })).toHaveValue(REASON);
  await expect(admin.getByRole("main")).not.toContainText("The hold ended");
  await admin.reload();
  await expect(admin.getByRole("main")).toContainText("Held since the report was received");
  await admin.context().close();
});
