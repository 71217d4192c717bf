import path from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import BetterSqlite3 from "better-sqlite3";
import { openEmail } from "./support/demo-mailbox";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { signIn } from "./support/sign-in";
import { type TestAccount, testAccountsOfThisFile } from "./support/test-accounts";
import { expectNoAxeViolations } from "./support/axe";

/**
 * A promotional email's recipient leaves the list: by one click in their mail
 * program (RFC 8058: a POST without cookies or sign-in), or by the link in the
 * email, whose page asks before it does anything. Each test has a customer of
 * its own (a copy of Jordan), removed at the end.
 */

const promotional = { button: "Send a sample promotional email", subject: /^Sample offer: two months of call recording/, title: "Promotional email from Phone.com" };
const advertiser = { button: "Send a sample Advertiser Promotion", subject: /^Sample Advertiser Promotion/, title: "Advertiser Promotions sent by Phone.com" };
type Sample = typeof promotional;

const createCustomer = testAccountsOfThisFile("unsubscribe-");

/** How many consent records the customer has: a look behind the pages, to prove that opening a link changed nothing. */
function consentRecordCount(customerId: string): number {
  const db = new BetterSqlite3(path.resolve("data/e2e.db"), { readonly: true });
  try {
    db.pragma("busy_timeout = 5000");
    return (db.prepare("select count(*) as count from consent_records where customer_id = ?").get(customerId) as { count: number }).count;
  } finally {
    db.close();
  }
}

/** Sends the demo's sample mailing from the mailbox page and opens the customer's copy. */
async function sendSampleTo(page: Page, customer: TestAccount, sample: Sample): Promise<Locator> {
  await page.goto("/dev/mailbox");
  await page.getByRole("button", { name: sample.button }).click();
  await expect(page.getByRole("status")).toContainText(`Sent “${sample.title}” to`);
  return openEmail(page, customer.email, sample.subject);
}

/** A header's value as the mailbox shows it (dt name, dd value). */
async function headerOf(message: Locator, name: string): Promise<string> {
  const value = message.getByText(name, { exact: true }).locator("xpath=following-sibling::dd[1]");
  return (await value.textContent())?.trim() ?? "";
}

/** The HTTPS (in the e2e server, http) URL in List-Unsubscribe. */
async function oneClickUrlOf(message: Locator): Promise<string> {
  const url = /<(https?:\/\/[^>]+)>/.exec(await headerOf(message, "List-Unsubscribe"))?.[1];
  expect(url, "an http(s) URL in List-Unsubscribe").toBeTruthy();
  return url!;
}

async function expectChoiceOffByEmailLink(page: Page, customer: TestAccount, title: string) {
  await signIn(page, customer.email, customer.password);
  await page.goto("/account/choices");
  await expect(page.getByRole("checkbox", { name: title, exact: true })).not.toBeChecked();
  const rows = page.getByRole("table", { name: /Changes of your choices/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: title, exact: true }) });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("On → Off");
  await expect(rows).toContainText("Email link");
}

test.describe("One-click unsubscribe", () => {
  // Whole journeys with a mailing, a sign-in and several round trips (up to about 20 s on a quiet 2-core machine): marked slow.
  test.describe.configure({ timeout: 180_000 });

  test("a mail program's one-click POST, with no cookies and no sign-in, opts out at once and once; a forged link changes nothing", async ({ page, playwright, baseURL }) => {
    const customer = createCustomer("one-click");
    const message = await sendSampleTo(page, customer, promotional);
    await expect(message).toContainText("promotional");
    expect(await headerOf(message, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const url = await oneClickUrlOf(message);
    expect(url).toMatch(new RegExp(`^${baseURL}/api/unsubscribe/[A-Za-z0-9_-]{22}\\.promotional-email\\.[A-Za-z0-9_-]{43}$`));
    expect(url).not.toContain(customer.id);
    // CAN-SPAM: a visible unsubscribe link and the postal address in the message itself.
    const token = url.split("/").at(-1)!;
    await expect(message).toContainText(`Unsubscribe (one click, no sign-in): ${baseURL}/unsubscribe/${token}`);
    await expect(message).toContainText("Phone.com, 184 South Livingston Avenue, Suite 9-222, Livingston, NJ 07039");

    // The mail provider: a client of its own, no cookies, no browser.
    const mailProvider = await playwright.request.newContext();
    try {
      const altered = url.slice(0, -1) + (url.endsWith("A") ? "B" : "A");
      for (const forged of [altered, url.slice(0, -4), url.replace("promotional-email", "advertiser-promotions")]) {
        const refused = await mailProvider.post(forged, { form: { "List-Unsubscribe": "One-Click" } });
        expect(refused.status(), forged).toBe(404);
      }
      const withoutBody = await mailProvider.post(url);
      expect(withoutBody.status()).toBe(400);
      expect(consentRecordCount(customer.id)).toBe(0);

      const started = Date.now();
      const response = await mailProvider.post(url, { form: { "List-Unsubscribe": "One-Click" } });
      expect(response.status()).toBe(200);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(await response.text()).toContain(`Unsubscribed: you will get no more “${promotional.title}”.`);
      // Repeating it, as mail providers may, is harmless.
      expect((await mailProvider.post(url, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);
      expect((await mailProvider.storageState()).cookies).toEqual([]);
    } finally {
      await mailProvider.dispose();
    }
    expect(consentRecordCount(customer.id)).toBe(1);

    await expectChoiceOffByEmailLink(page, customer, promotional.title);
    // And the next mailing skips them.
    await page.goto("/dev/mailbox");
    await page.getByRole("button", { name: promotional.button }).click();
    await expect(page.getByRole("status")).toContainText("skipped");
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(customer.email)}`);
    await expect(page.getByRole("article").filter({ has: page.getByRole("heading", { name: promotional.subject }) })).toHaveCount(1);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("opening the link only asks; the button opts out and says so, and the dashboard shows it", async ({ page }) => {
      const customer = createCustomer("no-js");
      const message = await sendSampleTo(page, customer, advertiser);
      const url = await oneClickUrlOf(message);
      const bodyLink = await message.getByRole("link", { name: /\/unsubscribe\// }).getAttribute("href");

      // What a person (or a link scanner) gets from the header's address: the page that asks, and nothing changed.
      await page.goto(url);
      await expectPageScriptsToHaveRun(page, false);
      // The same page as the email's own visible link.
      await expect(page).toHaveURL(bodyLink!);
      await expect(page.getByRole("heading", { level: 1, name: `Unsubscribe from “${advertiser.title}”?` })).toBeVisible();
      await expect(page.getByRole("main")).toContainText("Nothing changes until you press it");
      await expect(page.getByRole("main")).toContainText("Administrative and transactional email still comes");
      await expect(page.getByRole("link", { name: "Your choices" })).toHaveAttribute("href", "/account/choices");
      await page.reload();
      expect(consentRecordCount(customer.id)).toBe(0);

      await page.getByRole("button", { name: "Unsubscribe" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "You are unsubscribed" })).toBeVisible();
      await expect(page.getByRole("main")).toContainText(`You will get no more “${advertiser.title}”.`);
      await expect(page.getByRole("link", { name: "Your choices" })).toHaveAttribute("href", "/account/choices");
      expect(consentRecordCount(customer.id)).toBe(1);

      await expectChoiceOffByEmailLink(page, customer, advertiser.title);
      // The other list is untouched.
      await expect(page.getByRole("checkbox", { name: promotional.title, exact: true })).toBeChecked();
    });
  });

  test("a link that was tampered with finds no page", async ({ page }) => {
    const customer = createCustomer("forged-page");
    const message = await sendSampleTo(page, customer, advertiser);
    const url = await oneClickUrlOf(message);
    const forged = await page.goto(url.slice(0, -1) + (url.endsWith("A") ? "B" : "A"));
    expect(forged?.status()).toBe(404);
    expect(consentRecordCount(customer.id)).toBe(0);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the confirmation page, asking and done, has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
      const customer = createCustomer(`axe-${colorScheme}`);
      const message = await sendSampleTo(page, customer, promotional);
      const confirmation = (await message.getByRole("link", { name: /\/unsubscribe\// }).getAttribute("href"))!;
      await page.emulateMedia({ colorScheme });
      await page.goto(confirmation);
      await expectPageScriptsToHaveRun(page, true);
      // Next.js streams a dynamic page's <title> after its body.
      await expect(page).toHaveTitle(/Unsubscribe/);
      await expectNoAxeViolations(page);

      await page.getByRole("button", { name: "Unsubscribe" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "You are unsubscribed" })).toBeVisible();
      // The action's answer streams the page again, <title> last.
      await expect(page).toHaveTitle(/Unsubscribe/);
      await expectNoAxeViolations(page);
    });
  }
});

