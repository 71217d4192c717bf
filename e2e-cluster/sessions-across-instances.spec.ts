import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { choices } from "../content/choices";
import { demoCustomers } from "../server/db/seed/demo-people";
import { instanceThatServed } from "./support/cluster";
import { serveOnly } from "./support/proxy";

const alex = demoCustomers[0]!;
const promotional = choices.find((choice) => choice.key === "promotional-email")!;

/** Which instance served a response: the proxy echoes its request id, and its access log names the upstream. */
const servedBy = instanceThatServed;

test.afterEach(async () => {
  await serveOnly(null);
});

/**
 * The same browser, cookies and all, on new connections: a connection kept alive from before the proxy
 * was told to serve from one instance may still be served by its earlier workers (nginx lets them finish).
 */
async function reopened(browser: Browser, context: BrowserContext): Promise<{ context: BrowserContext; page: Page }> {
  const storageState = await context.storageState();
  await context.close();
  const fresh = await browser.newContext({ javaScriptEnabled: false, storageState });
  return { context: fresh, page: await fresh.newPage() };
}

test("a session begun on one instance is honoured by the other, and its end is too", async ({ browser }) => {
  let context = await browser.newContext({ javaScriptEnabled: false });
  let page = await context.newPage();

  await test.step("sign in, served by A", async () => {
    await serveOnly("a");
    await page.goto("/sign-in");
    await page.getByLabel(/^Email/).fill(alex.email);
    await page.getByLabel(/^Password/).fill(alex.password);
    const response = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    expect(await servedBy((await response).headers()["x-request-id"])).toBe("a");
    await page.waitForURL((url) => url.pathname === "/account");
  });
  const signedInCookies = await context.cookies();
  expect(signedInCookies.some((cookie) => cookie.name === "__Secure-authjs.session-token" && cookie.secure)).toBe(true);

  await test.step("change a choice, served by B", async () => {
    await serveOnly("b");
    ({ context, page } = await reopened(browser, context));
    const opened = await page.goto("/account/choices");
    expect(await servedBy(opened?.headers()["x-request-id"])).toBe("b");
    const checkbox = page.getByRole("checkbox", { name: promotional.title, exact: true });
    const wasOn = await checkbox.isChecked();
    await checkbox.setChecked(!wasOn);
    await page.getByRole("button", { name: `Save “${promotional.title}”` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Saved: “${promotional.title}” is now ${wasOn ? "off" : "on"}.` })).toBeVisible();
  });

  await test.step("sign out, served by A", async () => {
    await serveOnly("a");
    ({ context, page } = await reopened(browser, context));
    const opened = await page.goto("/account");
    expect(await servedBy(opened?.headers()["x-request-id"])).toBe("a");
    const response = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Sign out" }).first().click();
    expect(await servedBy((await response).headers()["x-request-id"])).toBe("a");
    await page.waitForURL((url) => !url.pathname.startsWith("/account"));
  });

  await test.step("the old cookie is refused, by B", async () => {
    await serveOnly("b");
    const stale = await browser.newContext({ javaScriptEnabled: false });
    await stale.addCookies(signedInCookies);
    const again = await stale.newPage();
    const opened = await again.goto("/account/choices");
    await expect(again).toHaveURL(/\/sign-in/);
    expect(opened?.request().redirectedFrom(), "the refusal is a redirect to sign in").toBeTruthy();
    await stale.close();
  });
  await context.close();
});
