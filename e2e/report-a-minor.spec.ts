import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import BetterSqlite3 from "better-sqlite3";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { openEmail } from "./support/demo-mailbox";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { takeStep } from "./support/request-steps";
import { expectNoAxeViolations } from "./support/axe";
import { expectSoon } from "./support/expect-soon";
import { expectHoneypotHiddenFromPeople } from "./support/honeypot";
import { givePhoneAndRecords } from "./support/minor-reports";
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

test("the field only bots fill in is hidden from screen readers and from the keyboard", async ({ page }) => {
  await page.goto("/report-a-minor");
  await expectPageScriptsToHaveRun(page, true);
  await expectHoneypotHiddenFromPeople(page, mainOf(page).locator("form"), "Send report");
});

test("a report about a customer's account is never shown to that customer as their own request", async ({ page, browser }) => {
  test.slow(); // a long journey: about 20–35 s on a quiet 2-core machine
  // The account holder may be the child, or the person the reporter is worried about: the report is the reporter's, not theirs.
  const customer = createTestAccount("reported");
  accounts.push(customer);
  await page.goto("/report-a-minor");
  await fillReport(page, newReport({ childEmail: customer.email }));
  const reference = await sendReport(page);

  // The Privacy Administrator sees the match and answers the reporter: here, by denying the report.
  const answer = `We could not confirm what you told us about the account (${randomUUID().slice(0, 8)}).`;
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  await admin.goto(`/admin/requests/${reference}`);
  await expect(admin.getByRole("main")).toContainText(`Matched customer account ${customer.id}`);
  await takeStep(admin, "Deny the request", "Deny the request and send the reason", { "Reason for the denial": answer }, "Denied");
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
  // A page read that finds nothing sends the reader to the site's not-found page (server/boundary/query.ts).
  await expect(account.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  await expect(account.getByRole("main")).not.toContainText(answer);
  expect((await account.request.get(`/account/requests/${reference}/download`)).status()).toBe(404);
  await account.context().close();
});

test("a parent reports a child by phone number; the administrator erases the account without any identity check; the child's records are gone and the parent is told what was done", async ({ page, browser }) => {
  test.slow(); // a long journey across three people
  const child = createTestAccount("child");
  accounts.push(child);
  const phone = givePhoneAndRecords(child);

  // The account holder's dashboard shows the number, before.
  const customer = await (await browser.newContext()).newPage();
  await signIn(customer, child.email, child.password);
  await expect(customer.getByRole("region", { name: "Personal Information", exact: true })).toContainText(phone);

  // The parent reports the child by the phone number alone.
  const parent = newReport();
  await page.goto("/report-a-minor");
  const main = mainOf(page);
  await main.getByLabel("Your name").fill(parent.name);
  await main.getByRole("radio", { name: "Parent" }).check();
  await main.getByLabel("Email address", { exact: true }).fill(parent.email);
  await main.getByLabel("The child's age").fill("13");
  await main.getByLabel("Phone number the child used").fill(phone.replace(/\D/g, "").slice(1));
  await main.getByLabel("What information about the child was disclosed?").fill("Her phone number and her voicemail greeting.");
  const reference = await sendReport(page);
  const acknowledgement = await openEmail(page, parent.email, new RegExp(`We received your report about a child's data \\(${reference}\\)`));
  const statusUrl = (await acknowledgement.textContent())?.match(/https?:\/\/\S+\/requests\/PR-[^\s]+/)?.[0];
  expect(statusUrl, "the status link in the acknowledgement").toBeTruthy();

  // The Privacy Administrator: no verify step; sees what was found and what is kept; erases the whole account.
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  await admin.goto(`/admin/requests/${reference}`);
  await expect(admin.getByRole("form", { name: "Verify the requester" })).toHaveCount(0);
  await admin.getByRole("link", { name: "Show what this report found" }).first().click();
  const findings = admin.getByRole("region", { name: "What this report found" });
  await expect(findings.getByRole("region", { name: "Matched accounts" })).toContainText(`${child.email}`);
  await expect(findings.getByRole("region", { name: "Records holding the reported details" })).toContainText(`The phone number on the customer record of ${child.email}`);
  await expect(findings.getByRole("region", { name: "Always kept, and why" })).toContainText("47 CFR 42.6");
  await expectNoAxeViolations(admin);
  const erase = admin.getByRole("form", { name: "Erase and complete" });
  await erase.getByRole("radio", { name: `The whole account ${child.email} (` }).check();
  await erase.getByLabel("Answer to the reporter").fill("Thank you for telling us. We have deleted the child's information.");
  await erase.getByRole("checkbox", { name: /^I understand/ }).check();
  await erase.getByRole("button", { name: "Erase the data and complete the report" }).click();
  await expectSoon(admin.getByRole("main").getByRole("status")).toContainText("Erased and completed");
  await expect(admin.getByRole("region", { name: "What this report found" })).toContainText("The hold ended: the matched data was erased.");
  // What is left of the account, as staff see it (an audited look): no voicemail, no device, no date of birth.
  await admin.getByRole("link", { name: "Show the customer’s records" }).click();
  const records = admin.getByRole("region", { name: "The customer’s records" });
  await expect(records).toContainText("Erased");
  await expect(records).not.toContainText("Kid phone");
  await admin.context().close();

  // The account holder's session has ended, and the account no longer signs in: nothing of it is shown any more.
  await customer.goto("/account");
  await expect(customer).toHaveURL(/\/sign-in/);
  await customer.getByLabel(/^Email/).fill(child.email);
  await customer.getByLabel(/^Password/).fill(child.password);
  await customer.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(customer.getByRole("main")).not.toContainText(phone);
  await expect(customer).toHaveURL(/\/sign-in/);
  await customer.context().close();

  // The parent's status page says what was done and what was kept, names no account, and never speaks of verifying anyone.
  const link = new URL(statusUrl!);
  await page.goto(`${link.pathname}${link.search}`);
  const status = mainOf(page);
  await expect(status).toContainText("We closed the account the child's details belong to");
  await expect(status).toContainText("1 stored communication");
  await expect(status).toContainText("What we kept, and why:");
  await expect(status).not.toContainText(child.email);
  await expect(status).not.toContainText(/verif/i);
});

test("when the child used two accounts, the administrator erases both, whole, in one step", async ({ page, browser }) => {
  const byEmail = createTestAccount("child-email");
  const byPhone = createTestAccount("child-phone");
  accounts.push(byEmail, byPhone);
  const phone = givePhoneAndRecords(byPhone);
  await page.goto("/report-a-minor");
  await fillReport(page, newReport({ childEmail: byEmail.email }));
  await mainOf(page).getByLabel("Phone number the child used").fill(phone);
  const [reference, admin] = await Promise.all([
    sendReport(page),
    browser.newContext().then(async (context) => {
      const adminPage = await context.newPage();
      await signInAsAdministrator(adminPage, demoAdministrator);
      return adminPage;
    }),
  ]);

  await admin.goto(`/admin/requests/${reference}?findings=show`);
  const erase = admin.getByRole("form", { name: "Erase and complete" });
  await erase.getByRole("radio", { name: "All 2 matched accounts, whole" }).check();
  await erase.getByLabel("Answer to the reporter").fill("Thank you. We have deleted both accounts the child used.");
  await erase.getByRole("checkbox", { name: /^I understand/ }).check();
  await erase.getByRole("button", { name: "Erase the data and complete the report" }).click();
  await expectSoon(admin.getByRole("main").getByRole("status")).toContainText("Erased and completed");
  await expect(admin.getByRole("region", { name: "What this report found" })).toContainText("The hold ended: the matched data was erased.");
  await expect(admin.getByRole("main")).toContainText(`Erased the 2 accounts ${[byEmail.id, byPhone.id].sort().join(", ")}.`);
  // Both sign-ins are closed: what the report found now lists each under its placeholder address.
  await admin.goto(`/admin/requests/${reference}?findings=show`);
  const matched = admin.getByRole("region", { name: "Matched accounts" });
  for (const account of [byEmail, byPhone]) await expect(matched.getByRole("listitem").filter({ hasText: `erased-${account.id}@` })).toContainText("its sign-in is closed");
  await admin.context().close();
});

test("the home page and the footer lead to the form", async ({ page }) => {
  await page.goto("/");
  await mainOf(page).getByRole("link", { name: "Report a minor's data" }).click();
  await expect(page).toHaveURL(/\/report-a-minor$/);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Report a minor's data" })).toHaveAttribute("href", "/report-a-minor");
});
