import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { formatDay } from "../lib/dates";
import { deadlinesFor } from "../lib/requests/legal-deadlines";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { companyDay, expectDeadlinesCountedFrom, submitAndOpenRecorded } from "./support/recorded-requests";
import { signInAsAdministrator } from "./support/sign-in";
import { removeTestRequests } from "./support/test-accounts";


/** The requests this spec made, removed at the end (their events go with them). */
const references: string[] = [];
test.afterAll(() => removeTestRequests(references));


async function openRecordForm(page: Page) {
  await signInAsAdministrator(page, demoAdministrator);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Record a request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Record a request received by email or post" })).toBeVisible();
  return page.getByRole("main");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the administrator records a letter received three days ago, and its page counts the deadlines from that day", async ({ page }) => {
    const main = await openRecordForm(page);
    await expectPageScriptsToHaveRun(page, false);
    const name = `Letter Writer ${randomUUID().slice(0, 6)}`;
    const receivedOn = companyDay(3);

    await main.getByRole("radio", { name: /^By post \(/ }).check();
    await main.getByRole("radio", { name: /^Access/ }).check();
    await main.getByLabel("Name", { exact: true }).fill(name);
    await main.getByLabel("Street address").fill("12 Elm Street");
    await main.getByLabel("City").fill("Montclair");
    await main.getByLabel("State").fill("NJ");
    await main.getByLabel("ZIP code").fill("07042");
    await main.getByLabel("What they asked").fill("Please send me a copy of everything you hold about me.");
    await main.getByLabel("What was enclosed").fill("A copy of a driver's license");

    // A date in the future is refused, with everything typed kept.
    await main.getByLabel("Date received", { exact: true }).fill(companyDay(-1));
    await main.getByRole("button", { name: "Record the request" }).click();
    await expect(main.getByRole("alert").first()).toContainText("cannot be in the future");
    await expect(main.getByLabel("Name", { exact: true })).toHaveValue(name);

    await main.getByLabel("Date received", { exact: true }).fill(receivedOn);
    const reference = await submitAndOpenRecorded(page, "Record the request");
    references.push(reference);

    // The deadlines count from the day it was received, not from today.
    await expectDeadlinesCountedFrom(page, "access", receivedOn);
    const deadlines = deadlinesFor("access", receivedOn);
    await expect(page.getByRole("main")).toContainText(`We received your request by post on ${formatDay(receivedOn)}.`);
    await expect(page.getByRole("main")).toContainText("Enclosed: A copy of a driver's license");

    // It is in the queue like any other request, due on the day counted from receipt.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Request queue" }).click();
    await page.getByLabel("Type").selectOption({ label: "Access" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/type=access/);
    const row = page.getByRole("row").filter({ hasText: reference! });
    await expect(row).toContainText(name);
    await expect(row).toContainText(formatDay(deadlines.answerBy));
  });
});

test("the form is keyboard-usable and has no WCAG 2.1 A/AA violations, empty and with its problems shown", async ({ page }) => {
  // Two full axe runs; on a busy machine they take a while.
  test.slow();
  const main = await openRecordForm(page);
  await expectPageScriptsToHaveRun(page, true);
  await expectNoAxeViolations(page);

  // The channel is chosen with the arrow keys, as a radio group is.
  await main.getByRole("radio", { name: /^By email \(/ }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(main.getByRole("radio", { name: /^By post \(/ })).toBeChecked();

  await main.getByRole("button", { name: "Record the request" }).focus();
  await page.keyboard.press("Enter");
  // The summary takes focus; its first link leads to the field.
  const summary = main.getByRole("alert").first();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter the date the request was received.");
  await expect(summary).toContainText("Choose what kind of request it is.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(main.getByLabel("Date received", { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
});
