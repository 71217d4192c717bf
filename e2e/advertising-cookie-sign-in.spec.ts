import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { removeTestRequests, type TestAccount, testAccountsOfThisFile } from "./support/test-accounts";
import { expectSoon } from "./support/expect-soon";

/**
 * The advertising cookie follows the person signed in on this browser
 * (features/preferences/advertising-cookie.ts): set at sign-in when their
 * "Advertising cookies" choice is on, gone at their next page load once a
 * minor's report holds their data, and gone when they sign out.
 */
const createTestAccount = testAccountsOfThisFile("ad-cookie-");
const references: string[] = [];
test.afterAll(() => removeTestRequests(references));

const advertisingCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name === "pc-advertising");

/** A customer of the test's own, whose "Advertising cookies" choice has its default (on), signed in on a fresh browser. */
async function signedInCustomer(page: Page, label: string): Promise<TestAccount> {
  const customer = createTestAccount(label);
  await signIn(page, customer.email, customer.password);
  return customer;
}

test("a customer with the choice on has the cookie from sign-in; a minor's report about them removes it at their next page load", async ({ page, browser }) => {
  const customer = await signedInCustomer(page, "held");
  expect(await advertisingCookie(page)).toMatchObject({ value: "allowed", path: "/", sameSite: "Lax" });

  // Someone reports that the account's holder is a child: the report matches the account and holds its data.
  const reporter = await (await browser.newContext()).newPage();
  await reporter.goto("/report-a-minor");
  const form = reporter.getByRole("main");
  await form.getByLabel("Your name").fill("A worried neighbour");
  await form.getByRole("radio", { name: "Parent" }).check();
  await form.getByLabel("Email address", { exact: true }).fill(`reporter-${randomUUID().slice(0, 8)}@example.com`);
  await form.getByLabel("The child's age").fill("15");
  await form.getByLabel("Email address the child used").fill(customer.email);
  await form.getByLabel("What information about the child was disclosed?").fill("Their email address and phone number.");
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByRole("heading", { level: 1, name: "We received your report" })).toBeVisible();
  references.push((await form.getByRole("status").textContent())!.match(/PR-[2-9A-Z]{4}-[2-9A-Z]{4}/)![0]);
  await reporter.context().close();

  // The customer's next page load, without saving anything: the cookie is gone, and the page is theirs as before.
  expect(await advertisingCookie(page)).toMatchObject({ value: "allowed" });
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await advertisingCookie(page)).toBeUndefined();
  // Signing in on another browser does not set it while the report holds the data.
  const another = await (await browser.newContext()).newPage();
  await signIn(another, customer.email, customer.password);
  expect(await advertisingCookie(another)).toBeUndefined();
  await another.context().close();
});

test("signing out removes the cookie: it spoke for the person who left", async ({ page }) => {
  await signedInCustomer(page, "sign-out");
  expect(await advertisingCookie(page)).toMatchObject({ value: "allowed" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expectSoon(page).toHaveURL(/\/sign-in\?signed-out=1/);
  expect(await advertisingCookie(page)).toBeUndefined();
});
