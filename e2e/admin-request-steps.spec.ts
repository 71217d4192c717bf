import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { companyDay, submitAndOpenRecorded } from "./support/recorded-requests";
import { openStep } from "./support/request-steps";
import { signInAsAdministrator } from "./support/sign-in";
import { removeTestRequests } from "./support/test-accounts";

/** The requests this spec made, removed at the end (their events go with them). */
const references: string[] = [];
test.afterAll(() => removeTestRequests(references));

/** Records a letter asking for a copy, received today, and opens its page in the console. */
async function recordLetter(page: Page): Promise<string> {
  await signInAsAdministrator(page, demoAdministrator);
  await page.goto("/admin/requests/new");
  const main = page.getByRole("main");
  await main.getByRole("radio", { name: /^By post \(/ }).check();
  await main.getByRole("radio", { name: /^Access/ }).check();
  await main.getByLabel("Name", { exact: true }).fill(`Steps Writer ${randomUUID().slice(0, 6)}`);
  await main.getByLabel("Street address").fill("3 Oak Lane");
  await main.getByLabel("City").fill("Newark");
  await main.getByLabel("State").fill("NJ");
  await main.getByLabel("ZIP code").fill("07102");
  await main.getByLabel("What they asked").fill("A copy of what you hold about me, please.");
  await main.getByLabel("Date received", { exact: true }).fill(companyDay(0));
  const reference = await submitAndOpenRecorded(page, "Record the request");
  references.push(reference);
  return reference;
}

test.describe("a request's steps in the console, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the next step comes first; the others wait closed behind their titles, the final ones marked", async ({ page }) => {
    await recordLetter(page);
    await expectPageScriptsToHaveRun(page, false);
    const next = page.getByRole("region", { name: "Next step" });
    // A request just received: its identity is checked first.
    await expect(next.getByRole("form", { name: "Verify the requester" })).toBeVisible();
    await expect(next.getByRole("button", { name: "Mark as verified" })).toBeVisible();

    const others = page.getByRole("region", { name: "Other steps" });
    await expect(others.locator("summary")).toHaveText(["Assign", "Add an internal note", /^Deny the request, ?Final: cannot be undone$/]);
    await expect(page.getByRole("form", { name: "Deny the request" })).toBeHidden();
    await expect(page.getByRole("form", { name: "Add an internal note" })).toBeHidden();
    // Nothing that cannot be taken yet is offered.
    await expect(page.getByRole("form", { name: "Complete the request" })).toHaveCount(0);
  });

  test("a denial is refused by the server until its box is ticked, and then closes the request", async ({ page }) => {
    await recordLetter(page);
    const deny = await openStep(page, "Deny the request");
    await deny.getByLabel("Reason for the denial", { exact: true }).fill("We could not verify your identity from the letter.");
    // The final step's button reads as one, and what happens is said beside the box.
    const button = deny.getByRole("button", { name: "Deny the request and send the reason" });
    // Red, the colour of a step that cannot be undone (the danger token, #a61b1b), unlike an ordinary step's.
    await expect(button).toHaveCSS("background-color", "rgb(166, 27, 27)");
    await expect(deny.getByRole("checkbox", { name: /^I understand that this closes the request as denied .* cannot be undone\.$/ })).not.toBeChecked();
    await button.click();

    // Not ticked: refused on the server, the step open again with the reason kept, and the request still open.
    const refused = page.getByRole("form", { name: "Deny the request" });
    await expect(refused.getByRole("alert")).toContainText("Please correct the highlighted fields.");
    await expect(refused.getByText("Tick the box to confirm: this step cannot be undone.")).toBeVisible();
    await expect(refused.getByLabel("Reason for the denial", { exact: true })).toHaveValue("We could not verify your identity from the letter.");
    await expect(page.getByRole("region", { name: "Status and deadlines" })).toContainText("Received");

    await refused.getByRole("checkbox", { name: /^I understand/ }).check();
    await refused.getByRole("button", { name: "Deny the request and send the reason" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Denied.");
    await expect(page.getByRole("region", { name: "Status and deadlines" })).toContainText("Denied");
    await expect(page.getByRole("region", { name: "Next step" })).toContainText("This request is closed");
  });
});

test.describe("a minor's report in the console, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("what was asked reads in words, and erasing comes first", async ({ page, browser }) => {
    const reporter = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await reporter.goto("/report-a-minor");
    const form = reporter.getByRole("main");
    await form.getByLabel("Your name").fill(`Guardian ${randomUUID().slice(0, 6)}`);
    await form.getByRole("radio", { name: "Legal guardian" }).check();
    await form.getByLabel("Email address", { exact: true }).fill(`guardian-${randomUUID().slice(0, 8)}@example.com`);
    await form.getByLabel("The child's age").fill("13");
    await form.getByLabel("Email address the child used").fill(`ward-${randomUUID().slice(0, 8)}@example.com`);
    await form.getByLabel("What information about the child was disclosed?").fill("An email address.");
    await form.getByRole("button", { name: "Send report" }).click();
    const reference = (await form.getByRole("status").textContent())?.match(/PR-[2-9A-Z]{4}-[2-9A-Z]{4}/)?.[0];
    expect(reference).toBeTruthy();
    references.push(reference!);
    await reporter.context().close();

    await signInAsAdministrator(page, demoAdministrator);
    await page.goto(`/admin/requests/${reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAccessibleName(`Minor’s data report ${reference} Urgent`);
    const asked = page.getByRole("region", { name: "What was asked" });
    await expect(asked.getByRole("definition").filter({ hasText: "Legal guardian" })).toBeVisible();
    await expect(asked).toContainText("13 years old");
    await expect(asked.getByRole("definition").filter({ hasText: /^guardian$/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Next step" }).getByRole("heading", { name: /^Erase and complete/ })).toBeVisible();
  });
});
