import { expect, type Page, test } from "@playwright/test";
import { formatDay } from "../lib/dates";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { givePhoneAndRecords } from "./support/minor-reports";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { companyDay, expectDeadlinesCountedFrom, submitAndOpenRecorded } from "./support/recorded-requests";
import { signInAsAdministrator } from "./support/sign-in";
import { createTestAccount, removeTestAccounts, removeTestRequests, type TestAccount } from "./support/test-accounts";

const references: string[] = [];
const accounts: TestAccount[] = [];
test.afterAll(() => {
  removeTestRequests(references);
  removeTestAccounts(accounts);
});

async function openMinorReportForm(page: Page) {
  await signInAsAdministrator(page, demoAdministrator);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Record a request" }).click();
  await page.getByRole("navigation", { name: "What came in?" }).getByRole("link", { name: "A report about a minor’s data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Record a minor’s report received by email or post" })).toBeVisible();
  return page.getByRole("main");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff record a posted report about a child by phone number: the matched account is held and the deadlines count from the day received", async ({ page }) => {
    const child = createTestAccount("posted-child");
    accounts.push(child);
    const phone = givePhoneAndRecords(child);
    const receivedOn = companyDay(5);

    const main = await openMinorReportForm(page);
    await expectPageScriptsToHaveRun(page, false);
    // Only the report's fields: no request type, no "what they asked".
    await expect(main.getByRole("group", { name: "What kind of request is it?" })).toHaveCount(0);
    await main.getByRole("radio", { name: /^By post \(/ }).check();
    await main.getByLabel("Date received", { exact: true }).fill(receivedOn);
    await main.getByLabel("Reporter's name").fill("Pat Guardian");
    await main.getByRole("radio", { name: "Legal guardian" }).check();
    await main.getByLabel("Street address").fill("3 Oak Lane");
    await main.getByLabel("City").fill("Newark");
    await main.getByLabel("State").fill("NJ");
    await main.getByLabel("ZIP code").fill("07102");
    await main.getByLabel("The child's age").fill("13");
    await main.getByLabel("What information about the child was disclosed?").fill("Her phone number and her voicemail.");
    await main.getByLabel("What was enclosed").fill("A copy of a phone bill");

    // Nothing the child used: the report's own rule, with everything typed kept.
    await main.getByRole("button", { name: "Record the report" }).click();
    await expect(main.getByRole("alert").first()).toContainText("Tell us at least one thing the child used");
    await expect(main.getByLabel("Reporter's name")).toHaveValue("Pat Guardian");

    await main.getByLabel("Phone number the child used").fill(phone.replace(/\D/g, "").slice(1));
    references.push(await submitAndOpenRecorded(page, "Record the report"));

    await expectDeadlinesCountedFrom(page, "minor_report", receivedOn);
    const request = page.getByRole("main");
    await expect(request).toContainText(`We received your report about a child's personal information by post on ${formatDay(receivedOn)}.`);
    await expect(request).toContainText(`Matched customer account ${child.id} (by phone number)`);
    await expect(page.getByRole("region", { name: "What this report found" })).toContainText("Held since the report was received");
  });
});

test("the minor's report form has no WCAG 2.1 A/AA violations, empty and with its problems shown", async ({ page }) => {
  const main = await openMinorReportForm(page);
  await expectNoAxeViolations(page);
  await main.getByRole("button", { name: "Record the report" }).click();
  const summary = main.getByRole("alert").first();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter the date the request was received.");
  await expect(summary).toContainText("Tell us at least one thing the child used");
  await expectNoAxeViolations(page);
});
