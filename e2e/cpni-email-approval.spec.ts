import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { administratorPage, customerWithRequest, openCpniRecords } from "./support/cpni-notices";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { signIn } from "./support/sign-in";
import { type TestAccount, testAccountsOfThisFile } from "./support/test-accounts";

/**
 * CPNI notices go by email only with the customer's express, verifiable,
 * prior approval (47 CFR 64.2008(d)(3)(i)). A customer who has not given it
 * needs a posted notice, and the console says so; the customer gives it on
 * "Your choices", without JavaScript, and the console then leaves the notice
 * to the email job. Each test takes up where the one before left off; the
 * last shows the console's list of customers who need a posted notice.
 */
const createTestAccount = testAccountsOfThisFile("cpni-email-");
const title = "Notices about your service by email";

test.describe.configure({ mode: "serial" });

let customer: TestAccount;
let reference: string;

test.beforeAll(async ({ browser }) => {
  // A customer who never approved notices by email asks for a copy of their information: a request the administrator opens their records on.
  customer = createTestAccount("post");
  reference = await customerWithRequest(browser, customer);
});

test("the console says a customer without approval to receive notices by email needs a posted notice", async ({ browser }) => {
  const admin = await administratorPage(browser);
  const cpni = await openCpniRecords(admin, reference);
  await expect(cpni).toContainText("Notices by email: The customer has not approved notices by email.");
  await expect(cpni).toContainText("No approval to send notices by email: post the notice, then record the day it was mailed.");
  await expect(cpni).toContainText("No CPNI notice sent yet.");
  await expect(admin.getByRole("form", { name: "Record a notice sent by post" })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.context().close();
});

test("the customer gives the approval on “Your choices” without JavaScript, and the change is recorded", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page, customer.email, customer.password);
  await page.goto("/account/choices");
  await expectPageScriptsToHaveRun(page, false);
  const checkbox = page.getByRole("checkbox", { name: title, exact: true });
  // Off until the customer says yes.
  await expect(checkbox).not.toBeChecked();
  await checkbox.check();
  await page.getByRole("button", { name: `Save “${title}”` }).click();

  // Back at the choice just saved, which says so.
  await expect(page).toHaveURL(/\/account\/choices#choice-form-service-notices-by-email$/);
  await expect(page.getByRole("status").filter({ hasText: `Saved: “${title}” is now on.` })).toBeInViewport();
  await expect(page.getByRole("checkbox", { name: title, exact: true })).toBeChecked();
  const row = page.getByRole("table", { name: /Changes of your choices/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: title, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Off → On");
  await expect(row).toContainText("Dashboard");
  await page.context().close();
});

test("the choices page with the approval given has no accessibility violations", async ({ page }) => {
  // axe runs in the page, so it looks at the page with JavaScript.
  await signIn(page, customer.email, customer.password);
  await page.goto("/account/choices");
  await expect(page.getByRole("checkbox", { name: title, exact: true })).toBeChecked();
  await expectNoAxeViolations(page);
});

test("the console then leaves the notice to the email job", async ({ browser }) => {
  const admin = await administratorPage(browser);
  const cpni = await openCpniRecords(admin, reference);
  await expect(cpni).toContainText("Notices by email: The customer approved notices by email.");
  await expect(cpni).toContainText("A notice is due: the notice job emails it.");
  await expect(cpni).not.toContainText("No approval to send notices by email");
  await admin.context().close();
});

test("the console's list of CPNI notices to post shows who needs one, and the posting recorded there takes them off", async ({ browser }) => {
  const other = createTestAccount("list");
  const admin = await administratorPage(browser);
  await admin.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "CPNI notices to post" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "CPNI notices to post" })).toBeVisible();
  const row = admin.getByRole("listitem").filter({ hasText: other.email });
  await expect(row).toContainText("No approval to send notices by email");
  await expect(row).toContainText("Post to:");
  await expectNoAxeViolations(admin);

  await row.getByRole("form", { name: /Record the notice posted to/ }).getByRole("button", { name: "Record the notice sent by post" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Recorded: the CPNI notice was sent by post." })).toBeVisible();
  await expect(admin.getByRole("listitem").filter({ hasText: other.email })).toHaveCount(0);
  await admin.context().close();
});
