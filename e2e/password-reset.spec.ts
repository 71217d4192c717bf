import { expect, type Page, test } from "@playwright/test";
import { expectSoon } from "./support/expect-soon";
import { openEmail } from "./support/demo-mailbox";
import { accountPageAnswers, expectSignInRefused, sessionCookieOf, signInThroughForm, testAccountsOfThisFile } from "./support/test-accounts";

const ownAccount = testAccountsOfThisFile();

const NEW_PASSWORD = "a long and brand new passphrase";
const statusIn = (page: Page) => page.getByRole("main").getByRole("status");

async function chooseNewPassword(page: Page, password: string, again = password) {
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again").fill(again);
}

test("forgot password: the emailed link sets a new password once, and ends the old sessions", async ({ page, browser, request }) => {
  // A long journey with several password hashes (64 MiB scrypt each) on a small machine.
  test.slow();
  const account = ownAccount("reset");
  // A session on another device, begun before the reset.
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await otherPage.goto("/sign-in");
  await signInThroughForm(otherPage, account.email, account.password);
  await expectSoon(otherPage).toHaveURL((url) => url.pathname === "/account");
  const oldCookie = await sessionCookieOf(otherDevice);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email address").fill(account.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const answer = /If an account uses that email address, we have sent it a link/;
  await expect(statusIn(page)).toHaveText(answer);

  // An unknown address gets exactly the same answer.
  await page.goto("/forgot-password");
  await page.getByLabel("Email address").fill(`nobody-${account.id}@example.com`);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(statusIn(page)).toHaveText(answer);

  const email = await openEmail(page, account.email, /Reset your .* password/);
  await expect(email).toContainText("The link works once, for 30 minutes.");
  const link = email.getByRole("link", { name: /\/reset-password\?token=/ });
  const resetUrl = await link.getAttribute("href");
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();

  await chooseNewPassword(page, "too short");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.getByText("Use at least 12 characters for your new password.")).toBeVisible();
  await chooseNewPassword(page, NEW_PASSWORD, `${NEW_PASSWORD}!`);
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.getByText("The two new passwords do not match.")).toBeVisible();
  await chooseNewPassword(page, NEW_PASSWORD);
  await page.getByRole("button", { name: "Set my new password" }).click();

  await expectSoon(page).toHaveURL(/\/sign-in\?reset=1/);
  await expect(page.getByRole("complementary", { name: "Your password has been changed" })).toBeVisible();
  await signInThroughForm(page, account.email, account.password);
  await expectSignInRefused(page, /That email and password do not match/);
  await signInThroughForm(page, account.email, NEW_PASSWORD);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account");

  // The session begun before the reset is refused; the link does not work twice; the customer was told.
  expect((await accountPageAnswers(request, oldCookie)).status).toBe(307);
  await otherDevice.close();
  await page.goto(resetUrl!);
  await expect(page.getByRole("complementary", { name: "This link no longer works" })).toBeVisible();
  await openEmail(page, account.email, /password was changed/);
});

test("the security page changes the password, signing out the other devices but not this one", async ({ page, browser, request }) => {
  test.slow();
  const account = ownAccount("change-password");
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await otherPage.goto("/sign-in");
  await signInThroughForm(otherPage, account.email, account.password);
  await expectSoon(otherPage).toHaveURL((url) => url.pathname === "/account");
  const otherCookie = await sessionCookieOf(otherDevice);
  await otherDevice.close();

  await page.goto("/account/security");
  await signInThroughForm(page, account.email, account.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account/security");
  const form = page.getByRole("form", { name: "Change your password" });
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel("New password again").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expectSoon(form.getByText("That is not your current password.")).toBeVisible();

  await form.getByLabel("Current password").fill(account.password);
  await form.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel("New password again").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expectSoon(page).toHaveURL(/\/account\/security\?changed=password$/);
  await expect(page.getByRole("complementary", { name: "Your password has been changed" })).toBeVisible();

  // This browser is still signed in; the other device's session is not.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Password and email" })).toBeVisible();
  expect((await accountPageAnswers(request, otherCookie)).status).toBe(307);
  await openEmail(page, account.email, /password was changed/);
});
