import { type Browser, type BrowserContextOptions, expect, type Page, test } from "@playwright/test";
import { choices } from "../content/choices";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { createTestAccount, removeTestAccounts, type TestAccount } from "./support/test-accounts";

/**
 * Global Privacy Control as a visitor meets it (CCPA regs §7025): the public
 * "Your privacy choices" page says whether this browser sends the signal, and
 * the advertising cookie follows the customer's choice and the signal.
 */
const created: TestAccount[] = [];
test.afterAll(() => removeTestAccounts(created));

const ADVERTISING_COOKIE = "pc-advertising";
const cookies = choices.find((choice) => choice.key === "advertising-cookies")!;
const advertisingCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name === ADVERTISING_COOKIE);

async function openFromFooter(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto("/privacy");
  await page.getByRole("contentinfo").getByRole("link", { name: "Your privacy choices" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your privacy choices" })).toBeVisible();
  return page;
}

test.describe("Your privacy choices, signed in or not", () => {
  test.describe.configure({ timeout: 180_000 });

  test("the page reached from every footer says whether this browser sends the signal, and sets nothing", async ({ browser }) => {
    test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
    const without = await openFromFooter(browser, {});
    await expect(without.getByRole("status").filter({ hasText: "Global Privacy Control" })).toContainText("This browser is not sending the Global Privacy Control signal.");
    await expectNoAxeViolations(without);

    const withSignal = await openFromFooter(browser, { extraHTTPHeaders: { "Sec-GPC": "1" }, colorScheme: "dark" });
    await expect(withSignal.getByRole("status").filter({ hasText: "Global Privacy Control" })).toContainText("This browser is sending the Global Privacy Control signal.");
    await expect(withSignal.getByRole("heading", { name: "What the signal covers" })).toBeVisible();
    for (const item of ["Sharing with Advertisers for their direct marketing", "Advertising cookies", "Targeted advertising with third parties"]) {
      await expect(withSignal.getByRole("listitem").filter({ hasText: item }).first()).toBeVisible();
    }
    await expect(withSignal.getByRole("heading", { name: "What you cannot turn off" })).toBeVisible();
    await expectNoAxeViolations(withSignal);
    // A public page records nothing: no cookie of any kind was set for either visitor.
    expect(await without.context().cookies()).toEqual([]);
    expect(await withSignal.context().cookies()).toEqual([]);

    // Every page's footer has the link, the account's included.
    await without.goto("/report-a-minor");
    await expect(without.getByRole("contentinfo").getByRole("link", { name: "Your privacy choices" })).toHaveAttribute("href", "/your-privacy-choices");
  });

  test("the advertising cookie follows the customer's choice, and a browser that sends the signal keeps none", async ({ browser }) => {
    const customer = createTestAccount("ad-cookie");
    created.push(customer);
    const page = await (await browser.newContext()).newPage();
    await signIn(page, customer.email, customer.password);
    await page.goto("/account/choices");
    await expect(page.getByRole("button", { name: /^Save “/ })).toHaveCount(0);
    const checkbox = page.getByRole("checkbox", { name: cookies.title, exact: true });

    await checkbox.click();
    await expect(page.getByText(`Saved: “${cookies.title}” is now off.`)).toBeVisible();
    expect(await advertisingCookie(page)).toBeUndefined();
    await checkbox.click();
    await expect(page.getByText(`Saved: “${cookies.title}” is now on.`)).toBeVisible();
    expect(await advertisingCookie(page)).toMatchObject({ value: "allowed", path: "/", sameSite: "Lax" });

    // The same browser, now sending Global Privacy Control: the cookie is removed on the first page, and the choice is off.
    const withSignal = await (await browser.newContext({ storageState: await page.context().storageState(), extraHTTPHeaders: { "Sec-GPC": "1" } })).newPage();
    expect(await advertisingCookie(withSignal)).toMatchObject({ value: "allowed" });
    await withSignal.goto("/account/choices");
    await expect(withSignal.getByRole("checkbox", { name: cookies.title, exact: true })).not.toBeChecked();
    expect(await advertisingCookie(withSignal)).toBeUndefined();
    // The public page says so for this browser, and sets nothing either.
    await withSignal.goto("/your-privacy-choices");
    await expect(withSignal.getByText("This browser is sending the Global Privacy Control signal.")).toBeVisible();
    expect(await advertisingCookie(withSignal)).toBeUndefined();
  });
});
