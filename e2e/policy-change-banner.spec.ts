import { expect, test } from "@playwright/test";
import { formatDay } from "../lib/dates";
import { versionInForce } from "./support/policy-versions";
import { signIn } from "./support/sign-in";
import { createTestAccount, removeTestAccounts, type TestAccount } from "./support/test-accounts";
import { expectNoAxeViolations } from "./support/axe";

// A copy of Jordan, a customer for over a year: the version in force when they joined was 2019-04-05.
const accounts: TestAccount[] = [];
test.afterAll(() => removeTestAccounts(accounts));

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the dashboard says the policy changed since the version the customer saw, with the redline and the choices concerned; dismissing it sticks", async ({ page, browser }) => {
    const customer = createTestAccount("banner");
    accounts.push(customer);
    await signIn(page, customer.email, customer.password);

    // Whichever version is in force when this runs (an upcoming one takes effect by its date, without a deploy).
    const inForce = versionInForce();
    const banner = page.getByRole("region", { name: `The privacy policy changed on ${formatDay(inForce.effective)}` });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(inForce.summary.split(". ")[0]!);
    const redline = banner.getByRole("link", { name: "See every change since the version you last saw (April 5, 2019)" });
    await expect(redline).toHaveAttribute("href", `/privacy/compare/2019-04-05...${inForce.id}`);
    await expect(banner.getByRole("listitem").filter({ hasText: "Advertising cookies" })).toBeVisible();

    await redline.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Changes from version 2019-04-05 to version ${inForce.id}`);
    await page.goBack();

    await page.getByRole("button", { name: "Dismiss: I have seen this version" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your information" })).toBeVisible();
    await expect(page.getByRole("region", { name: /The privacy policy changed/ })).toHaveCount(0);

    // It stays dismissed in another browser too: the version seen is stored with the account.
    const elsewhere = await browser.newPage({ javaScriptEnabled: false });
    await signIn(elsewhere, customer.email, customer.password);
    await expect(elsewhere.getByRole("heading", { level: 1, name: "Your information" })).toBeVisible();
    await expect(elsewhere.getByRole("region", { name: /The privacy policy changed/ })).toHaveCount(0);
    await elsewhere.close();
  });
});

test("the banner has no WCAG 2.1 A/AA violations", async ({ page }) => {
  const customer = createTestAccount("banner-axe");
  accounts.push(customer);
  await signIn(page, customer.email, customer.password);
  await expect(page.getByRole("region", { name: /The privacy policy changed/ })).toBeVisible();
  await expectNoAxeViolations(page, { include: "#policy-change-heading" });
});
