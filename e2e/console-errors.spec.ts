import { expect, type Page, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { testAccountsOfThisFile } from "./support/test-accounts";

const createCustomer = testAccountsOfThisFile("console-");

/**
 * Everything the browser reports as wrong while a page loads and hydrates: console errors (a script
 * refused by the Content-Security-Policy is one, a 404 for an icon another), uncaught exceptions, and
 * the policy's violation events themselves. A 404 page's own status is not an error of the page.
 * Returns a visit(path) that opens the page and fails on any of them.
 */
async function watchForErrors(page: Page): Promise<(path: string, options?: { scripts?: boolean }) => Promise<void>> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const ownStatus = message.location().url === page.url() && /status of 404/.test(message.text());
    if (!ownStatus) errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`));
  });
  return async (path, { scripts = true }: { scripts?: boolean } = {}) => {
    errors.length = 0;
    await page.goto(path, { waitUntil: "networkidle" });
    // The page's own scripts ran (the nonce let them), so React has hydrated it; the policy's pages have none.
    await expectPageScriptsToHaveRun(page, scripts);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect([...errors, ...violations.map((violation) => `CSP violation: ${violation}`)], path).toEqual([]);
  };
}

test.describe("signed out", () => {
  for (const path of ["/", "/privacy", "/privacy/versions", "/report-a-minor", "/california-privacy-rights", "/your-privacy-choices", "/sign-in", "/forgot-password", "/dev/mailbox", "/no-such-page"]) {
    test(`${path} loads with no console error and no CSP violation`, async ({ page }) => {
      const visit = await watchForErrors(page);
      // The policy's pages are files with no script at all (decision 0020).
      await visit(path, { scripts: !path.startsWith("/privacy") });
    });
  }
});

test("a customer's pages load with no console error and no CSP violation", async ({ page }) => {
  test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
  const customer = createCustomer("pages");
  const visit = await watchForErrors(page);
  await signIn(page, customer.email, customer.password);
  for (const path of ["/account", "/account/choices", "/account/requests", "/account/security"]) {
    await test.step(path, () => visit(path));
  }
});

test("the console's pages load with no console error and no CSP violation", async ({ page }) => {
  test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
  const visit = await watchForErrors(page);
  await signInAsAdministrator(page, demoAdministrator);
  await page.goto("/admin?type=california_privacy_rights");
  const request = await page.getByRole("main").getByRole("link", { name: /^PR-/ }).first().getAttribute("href");
  expect(request).toMatch(/^\/admin\/requests\/PR-/);
  for (const path of ["/admin", request!, "/admin/audit", "/admin/metrics", "/admin/requests/new", "/admin/cpni-notices"]) {
    await test.step(path, () => visit(path));
  }
});

test("the site has icons, and no request for one is answered 404", async ({ request }) => {
  for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^image\//);
  }
  const html = await (await request.get("/")).text();
  expect(html).toMatch(/<link rel="icon" href="\/favicon\.ico/);
  expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\.png/);
});
