import { expect, type Page, test } from "@playwright/test";
import { demoAdministrator, demoCustomers } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { signIn, signInAsAdministrator } from "./support/sign-in";

/**
 * The e2e server is the production build in demo mode (playwright.config.ts), so every page must say it
 * is a demo at its top, without JavaScript: pages rendered per request, the static policy site's files,
 * the customer's pages and the console (docs/decisions/0021).
 */
test.use({ javaScriptEnabled: false });

async function expectDemoNotice(page: Page): Promise<void> {
  const notice = page.getByRole("complementary", { name: "Demo mode" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Demo — not for real customers’ data.");
  // Above the site's or the console's header: the first thing read.
  const aboveHeader = await page.evaluate(() => {
    const aside = document.querySelector('aside[aria-label="Demo mode"]')!;
    const header = document.querySelector("header")!;
    return Boolean(aside.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(aboveHeader).toBe(true);
}

test("public pages, the static policy pages and the not-found page say it is a demo", async ({ page }) => {
  for (const address of ["/", "/report-a-minor", "/privacy", "/privacy/versions", "/no-such-page"]) {
    await page.goto(address);
    await expectDemoNotice(page);
  }
  // The static policy page is the demo's copy of the site: a file with no script, notice included.
  const response = await page.request.get("/privacy");
  expect(await response.text()).toContain("Demo — not for real customers’ data.");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'none'");
});

test("a customer's pages and the console say it is a demo", async ({ page, browser }) => {
  await signIn(page, demoCustomers[0]!.email, demoCustomers[0]!.password);
  await expectDemoNotice(page);
  await page.goto("/account/choices");
  await expectDemoNotice(page);

  const admin = await browser.newPage({ javaScriptEnabled: false });
  await signInAsAdministrator(admin, demoAdministrator);
  await expectDemoNotice(admin);
  await admin.close();
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("the notice keeps every page whole for assistive technology", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
    await page.goto("/privacy");
    await expectNoAxeViolations(page);
  });
});
