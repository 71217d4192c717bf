import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { openEmail } from "./support/demo-mailbox";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { takeStep } from "./support/request-steps";
import { signInAsAdministrator } from "./support/sign-in";
import { expectNoAxeViolations } from "./support/axe";
import { removeTestRequests } from "./support/test-accounts";

const REFERENCE = /PR-[2-9A-Z]{4}-[2-9A-Z]{4}/;

/** The requests this spec made, removed at the end (their events go with them). */
const references: string[] = [];
test.afterAll(() => removeTestRequests(references));

/** "December 20, 2026": the day `days` after today (UTC), as the confirmation writes it. */
function dayAfterToday(days: number): string {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(day);
}

interface CaliforniaRequest {
  name: string;
  channel: "By email" | "By postal mail";
  email?: string;
  street?: string;
}

async function fillRequest(page: Page, request: CaliforniaRequest) {
  const main = page.getByRole("main");
  await main.getByLabel("Your name").fill(request.name);
  await main.getByRole("radio", { name: request.channel }).check();
  await main.getByLabel("Email address", { exact: true }).fill(request.email ?? "");
  await main.getByLabel("Street address", { exact: true }).fill(request.street ?? "");
  await main.getByLabel("City", { exact: true }).fill("Fresno");
  await main.getByLabel("State", { exact: true }).fill("ca");
  await main.getByLabel("ZIP code", { exact: true }).fill("93650");
}

async function sendRequest(page: Page): Promise<string> {
  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Send my request" }).click();
  await expect(main.getByRole("heading", { level: 1, name: "We received your California Privacy Rights request" })).toBeVisible();
  const reference = (await main.getByRole("status").textContent())?.match(REFERENCE)?.[0];
  expect(reference, "a reference number on the confirmation").toBeTruthy();
  references.push(reference!);
  return reference!;
}


test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("without an account, an answer by email needs no street address: accepted, answered within 30 days, acknowledged by email, followed on its own page until answered", async ({ page, browser }) => {
    test.slow(); // a long journey: about 20–35 s on a quiet 2-core machine
    const email = `casey-${randomUUID().slice(0, 8)}@example.com`;
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: "Your California Privacy Rights" }).click();
    await expect(page).toHaveURL(/\/california-privacy-rights$/);
    await expectPageScriptsToHaveRun(page, false);
    await expect(page.getByRole("heading", { level: 1, name: "Your California Privacy Rights" })).toBeVisible();

    await fillRequest(page, { name: "Casey Californian", channel: "By email", email });
    const reference = await sendRequest(page);
    const main = page.getByRole("main");
    await expect(main.locator("dt", { hasText: "We will answer by" }).locator("xpath=following-sibling::dd[1]")).toHaveText(dayAfterToday(30));
    await expect(main).not.toContainText("Casey");
    const statusPath = await main.getByRole("link", { name: "Follow this on its own page" }).getAttribute("href");

    const message = await openEmail(page, email, new RegExp(`Your California Privacy Rights: request ${reference} received`));
    await expect(message).toContainText(`We will send it by email, to this address, by ${dayAfterToday(30)}.`);
    await expect(message).toContainText("legal@phone.com");
    // Nobody has shown this address is theirs: the email repeats nothing that was typed, not even the name.
    await expect(message).not.toContainText("Casey Californian");

    // The confirmation's own link follows the request, no account needed; the email carries the same link.
    expect(statusPath).toMatch(new RegExp(`^/requests/${reference}\\?key=`));
    await expect(message).toContainText(statusPath!);
    await page.goto(statusPath!);
    const statusUrl = page.url();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
    await expect(page.getByRole("main")).toContainText("We received your request (Your California Privacy Rights).");
    // One character of the key changed: the page is not there.
    const forged = await page.goto(statusUrl.slice(0, -1) + (statusUrl.endsWith("A") ? "B" : "A"));
    expect(forged?.status()).toBe(404);

    // The Privacy Administrator verifies and answers it; the requester sees the answer on that page.
    const console_ = await (await browser.newContext()).newPage();
    await signInAsAdministrator(console_, demoAdministrator);
    await console_.goto(`/admin/requests/${reference}`);
    const verify = console_.getByRole("form", { name: "Verify the requester" });
    await verify.getByLabel("How you verified their identity").fill("Replied from the address given.");
    await verify.getByRole("button", { name: "Mark as verified" }).click();
    await expect(console_.getByRole("main").getByRole("status")).toContainText("Marked as verified");
    // Complete waits under "Other steps" (start is next), and asks for the box to be ticked: it cannot be undone.
    await takeStep(console_, "Complete the request", "Complete the request and send the answer", { "Answer to the requester": "We shared no personal information with third parties for their direct marketing in the past year." }, "Completed");
    await console_.context().close();

    await page.goto(statusUrl);
    await expect(page.getByRole("main")).toContainText("Completed");
    await expect(page.getByRole("main")).toContainText("We shared no personal information with third parties");
    await openEmail(page, email, new RegExp(`\\(${reference}\\): our answer`));
  });
});

test("an answer by postal mail without a street address is explained, with the rest kept; with the address it is accepted", async ({ page }) => {
  await page.goto("/california-privacy-rights");
  await expectPageScriptsToHaveRun(page, true);
  // The field only bots fill in is not read out to screen reader users as part of the form.
  await expect(page.getByRole("textbox", { name: "Leave this field empty" })).toHaveCount(0);
  await expect(page.locator('input[name="website"]')).toHaveCount(1);
  await fillRequest(page, { name: "Robin Postal", channel: "By postal mail" });
  await page.getByRole("main").getByRole("button", { name: "Send my request" }).click();

  const main = page.getByRole("main");
  const message = "Enter your street address: you chose to get our answer by postal mail.";
  await expect(main.getByRole("alert")).toContainText(message);
  const street = main.getByLabel("Street address", { exact: true });
  await expect(street).toHaveAttribute("aria-invalid", "true");
  await expect(street).toHaveAccessibleDescription(new RegExp(message.replace(/[.:]/g, "\\$&")));
  await expect(main.getByLabel("Your name")).toHaveValue("Robin Postal");
  await expect(main.getByRole("radio", { name: "By postal mail" })).toBeChecked();
  await expect(main.getByLabel("ZIP code")).toHaveValue("93650");
  await expectNoAxeViolations(page);

  await street.fill("1 Ocean Avenue");
  await sendRequest(page);
  await expect(main).toContainText("You gave no email address, so our answer will come by postal mail only.");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the form and its confirmation have no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
    // Two full axe runs; on a busy machine they take a while.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto("/california-privacy-rights");
    await expectNoAxeViolations(page);
    await fillRequest(page, { name: "Alex Axe", channel: "By email", email: `axe-${randomUUID().slice(0, 8)}@example.com` });
    await sendRequest(page);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeFocused();
    await expectNoAxeViolations(page);
    // And the page that follows the request.
    await page.getByRole("link", { name: "Follow this on its own page" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Timeline" })).toBeVisible();
    await expect(page).toHaveTitle(/Your request/);
    await expectNoAxeViolations(page);
  });
}
