import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoAdministrator, demoCustomers } from "../server/db/seed/demo-people";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { expectNoAxeViolations } from "./support/axe";

const REFERENCE = /PR-[2-9A-Z]{4}-[2-9A-Z]{4}/;

test.describe("the Privacy Administrator's queue", () => {
  test.use({ javaScriptEnabled: false });

  test("a minor's report sent without JavaScript is at the top of the queue, marked urgent", async ({ page, browser }) => {
    // A parent reports, in a browser of their own.
    const parent = await browser.newContext({ javaScriptEnabled: false });
    const form = await parent.newPage();
    await form.goto("/report-a-minor");
    const main = form.getByRole("main");
    await main.getByLabel("Your name").fill(`Queue Parent ${randomUUID().slice(0, 6)}`);
    await main.getByRole("radio", { name: "Parent" }).check();
    await main.getByLabel("Email address", { exact: true }).fill(`queue-parent-${randomUUID().slice(0, 8)}@example.com`);
    await main.getByLabel("The child's age").fill("11");
    await main.getByLabel("Email address the child used").fill(`queue-child-${randomUUID().slice(0, 8)}@example.com`);
    await main.getByLabel("What information about the child was disclosed?").fill("A phone number and a school.");
    await main.getByRole("button", { name: "Send report" }).click();
    const reference = (await main.getByRole("status").textContent())?.match(REFERENCE)?.[0];
    expect(reference).toBeTruthy();
    await parent.close();

    await signInAsAdministrator(page, demoAdministrator);
    await expect(page.getByRole("heading", { level: 1, name: "Request queue" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText(/\d+ overdue · \d+ due within 7 days/);

    const firstRow = page.getByRole("table").getByRole("row").nth(1);
    await expect(firstRow.getByRole("rowheader")).toContainText("Urgent");
    await expect(firstRow).toContainText("Minor’s data report");

    // Filtering by type, without JavaScript, keeps the report and only reports.
    await page.getByLabel("Type").selectOption({ label: "Minor’s data report" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/type=minor_report/);
    await expect(page.getByRole("table")).toContainText(reference!);
    await expect(page.getByRole("table")).not.toContainText("Your California Privacy Rights");
  });

  test("a visitor who is not signed in is sent to sign in", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin/);
  });
});

test("the queue has no WCAG 2.1 A/AA violations", async ({ page }) => {
  await signInAsAdministrator(page, demoAdministrator);
  await expect(page.getByRole("heading", { level: 1, name: "Request queue" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a customer cannot reach the console: it answers 404", async ({ page }) => {
  const customer = demoCustomers[1];
  await signIn(page, customer.email, customer.password);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Request queue" })).toHaveCount(0);
});
