import { expect, test } from "@playwright/test";
import { dayIn } from "../lib/dates";
import { demoAdministrator, demoCustomers } from "../server/db/seed/demo-people";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_COMPANY_TIME_ZONE } from "./support/server-settings";

test.describe("the Privacy Administrator's yearly metrics", () => {
  test.use({ javaScriptEnabled: false });

  test("shows this year's figures by type, and picks another year without JavaScript", async ({ page }) => {
    const thisYear = Number(dayIn(E2E_COMPANY_TIME_ZONE, new Date()).slice(0, 4));
    await signInAsAdministrator(page, demoAdministrator);
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Metrics" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Request metrics" })).toBeVisible();

    const table = page.getByRole("table", { name: `Requests received in ${thisYear}, by type` });
    await expect(table).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Complied with in whole or in part" })).toBeVisible();
    for (const type of ["Access", "Deletion", "Correction", "Your California Privacy Rights", "Minor’s data report", "All requests"]) {
      await expect(table.getByRole("rowheader", { name: type, exact: true })).toBeVisible();
    }

    await page.getByLabel("Year", { exact: true }).fill(String(thisYear - 1));
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`year=${thisYear - 1}`));
    await expect(page.getByRole("table", { name: `Requests received in ${thisYear - 1}, by type` })).toBeVisible();
    await page.getByRole("link", { name: `Next year (${thisYear})` }).click();
    await expect(page.getByRole("table", { name: `Requests received in ${thisYear}, by type` })).toBeVisible();
  });

  test("a year it cannot show falls back to this year, with a message", async ({ page }) => {
    const thisYear = Number(dayIn(E2E_COMPANY_TIME_ZONE, new Date()).slice(0, 4));
    await signInAsAdministrator(page, demoAdministrator);
    const response = await page.goto("/admin/metrics?year=not-a-year");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(`so this shows ${thisYear}`);
    await expect(page.getByRole("table", { name: `Requests received in ${thisYear}, by type` })).toBeVisible();
  });
});

// axe runs in the page, so this one needs JavaScript.
test("the metrics page has no WCAG 2.1 A/AA violations", async ({ page }) => {
  await signInAsAdministrator(page, demoAdministrator);
  await page.goto("/admin/metrics");
  await expect(page.getByRole("heading", { level: 1, name: "Request metrics" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a customer cannot reach the metrics: it answers 404", async ({ page }) => {
  const customer = demoCustomers[1];
  await signIn(page, customer.email, customer.password);
  const response = await page.goto("/admin/metrics");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Request metrics" })).toHaveCount(0);
});
