import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { openEmail } from "./support/demo-mailbox";
import { expectSoon } from "./support/expect-soon";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { expectSignInRefused, signInThroughForm, type TestAccount, testAccountsOfThisFile } from "./support/test-accounts";

const ownAccount = testAccountsOfThisFile();

const LINK_SENT = (address: string) => `We sent a link to ${address}. Your email address changes when you open it (within 24 hours).`;
const CONFIRM_LINK = /\/account\/security\/confirm-email\?token=/;

const changeEmailForm = (page: Page) => page.getByRole("form", { name: "Change your email address" });

async function signInOnSecurityPage(page: Page, account: TestAccount) {
  await page.goto("/account/security");
  await signInThroughForm(page, account.email, account.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account/security");
}

/** Asks for the change on the security page and waits for the answer. */
async function askForNewAddress(page: Page, newEmail: string, password: string) {
  const form = changeEmailForm(page);
  await form.getByLabel("New email address").fill(newEmail);
  await form.getByLabel("Current password").fill(password);
  await form.getByRole("button", { name: "Email a link to the new address" }).click();
  await expectSoon(form.getByRole("status")).toHaveText(LINK_SENT(newEmail));
}

/** The address of the confirmation link emailed to `to`. */
async function confirmationLinkFor(page: Page, to: string): Promise<string> {
  const email = await openEmail(page, to, /Confirm the new email address/);
  const href = await email.getByRole("link", { name: CONFIRM_LINK }).getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

test("the email address changes through the link sent to the new address, and then signs the customer in", async ({ page }) => {
  test.slow(); // several password hashes on a small machine
  const account = ownAccount("change-email");
  const newEmail = `${account.id}-new@example.com`;
  await signInOnSecurityPage(page, account);
  const form = changeEmailForm(page);
  await form.getByLabel("New email address").fill("not-an-address");
  await form.getByLabel("Current password").fill(account.password);
  await form.getByRole("button", { name: "Email a link to the new address" }).click();
  await expect(form.getByText("Enter an email address like name@example.com.")).toBeVisible();

  await askForNewAddress(page, newEmail, account.password);
  // Nothing has changed yet; the address of record is told a change was asked for.
  await expect(page.getByRole("main")).toContainText(`Your email address is ${account.email}.`);
  await openEmail(page, account.email, /change of the email address of your .* account was asked for/);

  const confirmUrl = await confirmationLinkFor(page, newEmail);
  await page.goto(confirmUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your new email address" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`Press the button to make ${newEmail} the email address of your account.`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Change my email address" }).click();

  await expectSoon(page).toHaveURL(/\/account\/security\?changed=email$/);
  await expect(page.getByRole("complementary", { name: "Your email address has been changed" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`Your email address is ${newEmail}.`);
  await openEmail(page, account.email, /email address of your .* account was changed/);
  await openEmail(page, newEmail, /now the email address of your/);

  // The link works once.
  await page.goto(confirmUrl);
  await expect(page.getByRole("complementary", { name: "This link no longer works" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Change my email address" })).toHaveCount(0);

  await page.context().clearCookies();
  await page.goto("/sign-in");
  await signInThroughForm(page, account.email, account.password);
  await expectSignInRefused(page, /That email and password do not match/);
  await signInThroughForm(page, newEmail, account.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account");
});

test("asking for an address another account uses shows exactly what asking for a free one shows", async ({ page }) => {
  test.slow();
  const account = ownAccount("ask-taken");
  const holder = ownAccount("holds-address");
  const free = `${account.id}-free@example.com`;
  await signInOnSecurityPage(page, account);
  const pageBefore = await page.locator("body").innerText();

  /** Everything the page shows after asking, with the address asked for put in neutral words. */
  const answerFor = async (address: string) => {
    await page.goto("/account/security");
    await askForNewAddress(page, address, account.password);
    const form = changeEmailForm(page);
    return {
      text: (await page.locator("body").innerText()).replaceAll(address, "<new address>"),
      fields: [await form.getByLabel("New email address").inputValue(), await form.getByLabel("Current password").inputValue()],
      url: page.url(),
    };
  };
  const freeAnswer = await answerFor(free);
  const takenAnswer = await answerFor(holder.email);
  expect(takenAnswer).toEqual(freeAnswer);
  await page.reload();
  expect(await page.locator("body").innerText()).toBe(pageBefore);

  // Only the holder of each address learns the difference.
  await confirmationLinkFor(page, free);
  const explanation = await openEmail(page, holder.email, /not added to another/);
  await expect(explanation).toContainText("An account already uses this address, so nothing was changed.");
  await expect(explanation.getByRole("link", { name: CONFIRM_LINK })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("another customer cannot use the link; the customer who asked confirms it with a plain form", async ({ page, browser }) => {
    test.slow();
    const account = ownAccount("link-owner");
    const intruder = ownAccount("link-intruder");
    const newEmail = `${account.id}-mine@example.com`;
    await signInOnSecurityPage(page, account);
    await expectPageScriptsToHaveRun(page, false);
    await askForNewAddress(page, newEmail, account.password);
    const confirmUrl = await confirmationLinkFor(page, newEmail);

    // The other customer, opening the link in their own browser, is refused and offered no button.
    const intruderContext = await browser.newContext({ javaScriptEnabled: false });
    const intruderPage = await intruderContext.newPage();
    await intruderPage.goto(confirmUrl);
    await signInThroughForm(intruderPage, intruder.email, intruder.password);
    await expectSoon(intruderPage).toHaveURL(confirmUrl);
    await expect(intruderPage.getByRole("complementary", { name: "This link is for another account" })).toBeVisible();
    await expect(intruderPage.getByRole("button", { name: "Change my email address" })).toHaveCount(0);

    // Nor does the button take their session: the action checks the account itself. The page is
    // shown to the customer who asked, then the other customer's session presses its button.
    await page.goto(confirmUrl);
    const ownerCookies = await page.context().cookies();
    await page.context().clearCookies();
    await page.context().addCookies(await intruderContext.cookies());
    await page.getByRole("button", { name: "Change my email address" }).click();
    await expect(page.getByRole("main")).toContainText("This link is for another account");
    await intruderPage.goto("/account/security");
    await expect(intruderPage.getByRole("main")).toContainText(`Your email address is ${intruder.email}.`);
    await intruderContext.close();

    // The link still works for the customer who asked, without JavaScript.
    await page.context().clearCookies();
    await page.context().addCookies(ownerCookies);
    await page.goto(confirmUrl);
    await expect(page.getByRole("main")).toContainText(`Press the button to make ${newEmail} the email address of your account.`);
    await page.getByRole("button", { name: "Change my email address" }).click();
    await expectSoon(page).toHaveURL(/\/account\/security\?changed=email$/);
    await expect(page.getByRole("main")).toContainText(`Your email address is ${newEmail}.`);
  });
});
