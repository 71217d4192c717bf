import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import BetterSqlite3 from "better-sqlite3";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { openEmail } from "./support/demo-mailbox";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { expectNoAxeViolations } from "./support/axe";
import { expectSoon } from "./support/expect-soon";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { createTestAccount, removeTestAccounts, removeTestRequests, type TestAccount } from "./support/test-accounts";

const REFERENCE = /PR-[2-9A-Z]{4}-[2-9A-Z]{4}/;
const databaseFile = path.resolve("data/e2e.db");

/** The reports this spec made, removed at the end (their events go with them). */
const references: string[] = [];
const accounts: TestAccount[] = [];
test.afterAll(() => {
  removeTestRequests(references);
  removeTestAccounts(accounts);
});

function countReports(reference: string): number {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from privacy_requests where reference = ? and type = 'minor_report'").get(reference) as { n: number }).n;
  } finally {
    db.close();
  }
}

interface Report {
  name: string;
  email: string;
  age: string;
  childEmail: string;
  disclosed: string;
  anythingElse?: string;
}

const newReport = (overrides: Partial<Report> = {}): Report => ({
  name: "Sam Parent",
  email: `reporter-${randomUUID().slice(0, 8)}@example.com`,
  age: "12",
  childEmail: `child-${randomUUID().slice(0, 8)}@example.com`,
  disclosed: "His name, school and a photo.",
  ...overrides,
});

const mainOf = (page: Page) => page.getByRole("main");

async function fillReport(page: Page, report: Report) {
  const main = mainOf(page);
  await main.getByLabel("Your name").fill(report.name);
  await main.getByRole("radio", { name: "Parent" }).check();
  await main.getByLabel("Email address", { exact: true }).fill(report.email);
  await main.getByLabel("The child's age").fill(report.age);
  await main.getByLabel("Email address the child used").fill(report.childEmail);
  await main.getByLabel("What information about the child was disclosed?").fill(report.disclosed);
  if (report.anythingElse) await main.getByLabel("Anything else we should know").fill(report.anythingElse);
}

async function sendReport(page: Page): Promise<string> {
  await mainOf(page).getByRole("button", { name: "Send report" }).click();
  await expect(mainOf(page).getByRole("heading", { level: 1, name: "We received your report" })).toBeVisible();
  const reference = (await mainOf(page).getByRole("status").textContent())?.match(REFERENCE)?.[0];
  expect(reference, "a reference number on the confirmation").toBeTruthy();
  references.push(reference!);
  return reference!;
}


const fieldIn = (main: Locator, label: string) => main.getByLabel(label, { exact: true });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wrong age is explained with everything typed kept (markup as text); then the report is received and acknowledged by email", async ({ page, browser }) => {
    const markup = `<script>window.__injected = 1</script><img src="x" onerror="window.__injected = 1"><b>bold</b>`;
    const report = newReport({ name: `Sam <b>Parent</b> <img src=x onerror="window.__injected=1">`, age: "19", disclosed: markup, anythingElse: `"quoted" & <i>more</i>` });
    await page.goto("/report-a-minor");
    await expectPageScriptsToHaveRun(page, false);
    await expect(page.getByRole("heading", { level: 1, name: "Report a minor's data" })).toBeVisible();
    await expect(mainOf(page).getByRole("region", { name: "How we use this report" })).toBeVisible();
    await fillReport(page, report);
    await mainOf(page).getByRole("button", { name: "Send report" }).click();

    const main = mainOf(page);
    const summary = main.getByRole("alert");
    await expect(summary).toContainText("There is a problem with one answer.");
    await expect(summary.getByRole("link", { name: /This form is for children under 18/ })).toHaveAttribute("href", "#minor-childAge");
    const age = fieldIn(main, "The child's age");
    await expect(age).toHaveAttribute("aria-invalid", "true");
    await expect(age).toHaveAccessibleDescription(/This form is for children under 18/);
    await expect(age).toHaveValue("19");
    await expect(main.getByLabel("Your name")).toHaveValue(report.name);
    await expect(main.getByRole("radio", { name: "Parent" })).toBeChecked();
    await expect(main.getByLabel("What information about the child was disclosed?")).toHaveValue(markup);
    await expect(main.getByLabel("Anything else we should know")).toHaveValue(report.anythingElse!);
    // What was typed came back as text, never as elements.
    await expect(main.locator("b, i, img, script")).toHaveCount(0);

    await age.fill("12");
    const reference = await sendReport(page);
    // The confirmation repeats nothing that was typed.
    await expect(mainOf(page)).not.toContainText("Sam");
    await expect(mainOf(page)).not.toContainText(report.email);
    await expect(mainOf(page)).toContainText("We have emailed a confirmation");
    expect(countReports(reference)).toBe(1);

    // The acknowledgement, read with scripts on: it repeats nothing that was typed, not even the name, and runs nothing.
    const reader = await browser.newContext({ javaScriptEnabled: true });
    const mailbox = await reader.newPage();
    const email = await openEmail(mailbox, report.email, new RegExp(`We received your report about a child's data \\(${reference}\\)`));
    await expect(email).toContainText("Hello,");
    await expect(email).not.toContainText("Sam");
    await expect(email).not.toContainText("quoted");
    await expect(email).toContainText(`Your reference number is ${reference}`);
    await expect(email).toContainText("Privacy Administrator");
    await expect(email).toContainText("legal@phone.com");
    await expect(email).not.toContainText("His name, school");
    await expect(email.locator("b, img")).toHaveCount(0);
    expect(await mailbox.evaluate(() => "__injected" in window)).toBe(false);
    await reader.close();
  });

  test("the same form sent twice makes one report, and both answers carry its reference", async ({ page }) => {
    await page.goto("/report-a-minor");
    await fillReport(page, newReport());
    // Exactly what the browser will post, hidden fields included (the idempotency key and React's action fields).
    const fields = await mainOf(page)
      .locator("form")
      .evaluate((form: HTMLFormElement) => Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value)])));
    expect(fields.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

    const reference = await sendReport(page);
    for (let replay = 0; replay < 2; replay++) {
      const response = await page.request.post("/report-a-minor", {
        multipart: fields,
        headers: { origin: new URL(page.url()).origin },
      });
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain("We received your report");
      expect(html.match(REFERENCE)?.[0]).toBe(reference);
    }
    expect(countReports(reference)).toBe(1);
  });
});

test.describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`the form, its errors and its confirmation have no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
      // Three full axe runs; on a busy machine they take a while.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto("/report-a-minor");
      await expectPageScriptsToHaveRun(page, true);
      await expectNoAxeViolations(page);

      await mainOf(page).getByRole("button", { name: "Send report" }).click();
      const summary = mainOf(page).getByRole("alert");
      await expect(summary).toContainText("There are problems with 6 answers.");
      // With JavaScript the summary takes focus, so keyboard and screen reader users land on it.
      await expect(summary).toBeFocused();
      await expectNoAxeViolations(page);

      await fillReport(page, newReport());
      await sendReport(page);
      await expect(mainOf(page).getByRole("heading", { level: 1, name: "We received your report" })).toBeFocused();
      await expectNoAxeViolations(page);
    });
  }
});

test("a report about a customer's account is never shown to that customer as their own request", async ({ page, browser }) => {
  test.slow(); // a long journey: about 20–35 s on a quiet 2-core machine
  // The account holder may be the child, or the person the reporter is worried about: the report is the reporter's, not theirs.
  const customer = createTestAccount("reported");
  accounts.push(customer);
  await page.goto("/report-a-minor");
  await fillReport(page, newReport({ childEmail: customer.email }));
  const reference = await sendReport(page);

  // The Privacy Administrator sees the match and answers the reporter.
  const answer = `We found the account you told us about and deleted the child's information (${randomUUID().slice(0, 8)}).`;
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  await admin.goto(`/admin/requests/${reference}`);
  await expect(admin.getByRole("main")).toContainText(`Matched customer account ${customer.id}`);
  const verify = admin.getByRole("form", { name: "Verify the requester" });
  await verify.getByLabel("How you verified their identity").fill("Called the reporter back.");
  await verify.getByRole("button", { name: "Mark as verified" }).click();
  await expectSoon(admin.getByRole("main").getByRole("status")).toContainText("Marked as verified");
  const complete = admin.getByRole("form", { name: "Complete the request" });
  await complete.getByLabel("Answer to the requester").fill(answer);
  await complete.getByRole("button", { name: "Complete and send the answer" }).click();
  await expectSoon(admin.getByRole("main").getByRole("status")).toContainText("Completed");
  await admin.context().close();

  // The customer the report concerns signs in: it is not among their requests, and its page is not there for them.
  const account = await (await browser.newContext()).newPage();
  await signIn(account, customer.email, customer.password);
  await account.goto("/account/requests");
  await expect(account.getByRole("heading", { level: 1, name: "Your privacy requests" })).toBeVisible();
  await expect(account.getByRole("main")).not.toContainText(reference);
  await expect(account.getByRole("main")).not.toContainText(answer);
  const statusPage = await account.goto(`/account/requests/${reference}`);
  expect(statusPage?.status()).toBe(404);
  await expect(account.getByRole("heading", { level: 1, name: "We could not find that in your account" })).toBeVisible();
  await expect(account.getByRole("main")).not.toContainText(answer);
  expect((await account.request.get(`/account/requests/${reference}/download`)).status()).toBe(404);
  await account.context().close();
});

test("the home page and the footer lead to the form", async ({ page }) => {
  await page.goto("/");
  await mainOf(page).getByRole("link", { name: "Report a minor's data" }).click();
  await expect(page).toHaveURL(/\/report-a-minor$/);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Report a minor's data" })).toHaveAttribute("href", "/report-a-minor");
});
