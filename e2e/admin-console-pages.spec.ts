import { expect, type Page, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { signInAsAdministrator } from "./support/sign-in";

/** The demo's California request (seeded, being worked on): its page in the console. */
async function demoRequestPath(page: Page): Promise<string> {
  await page.goto("/admin?type=california_privacy_rights");
  const href = await page.getByRole("main").getByRole("link", { name: /^PR-/ }).first().getAttribute("href");
  expect(href).toMatch(/^\/admin\/requests\/PR-/);
  return href!;
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Each console page, checked by axe on a phone and on a desktop, with the console's own header. */
async function checkConsolePage(page: Page, path: string, heading: RegExp | string, menuItem: string | null) {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    // The console's header, not the public site's menu.
    await expect(page.getByRole("banner").getByRole("link", { name: /Privacy Center\s*: Console/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: /^Main/ })).toHaveCount(0);
    const menu = page.getByRole("navigation", { name: "Console" });
    if (menuItem) await expect(menu.getByRole("link", { name: menuItem })).toHaveAttribute("aria-current", "page");
    await expect(menu.locator('[aria-current="page"]')).toHaveCount(menuItem ? 1 : 0);
    await expectNoAxeViolations(page);
  }
}

test.describe("every console page on a phone and a desktop", () => {
  test.beforeEach(async ({ page }) => signInAsAdministrator(page, demoAdministrator));

  test("the queue: the current page is marked, and on a phone each request is a card with its status and answer-by day", async ({ page }) => {
    await checkConsolePage(page, "/admin", "Request queue", "Request queue");
    await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Request queue" })).toHaveClass(/border-brand-700/);
    await page.setViewportSize(PHONE);
    const card = page.getByRole("list", { name: "Requests and reports, most urgent first" }).getByRole("listitem").first();
    await expect(card.getByRole("term")).toHaveText(["Status", "Answer by", "Type", "Requester", "Received"]);
    await expect(page.getByRole("table")).toBeHidden();
  });

  test("a request's page, and its screenshot on a phone", async ({ page }) => {
    const path = await demoRequestPath(page);
    await checkConsolePage(page, path, "Your California Privacy Rights", null);
    // A request's page belongs to the queue: marked as where you are, not as the page itself.
    await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Request queue" })).toHaveAttribute("aria-current", "true");
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: "docs/screens/console-request-390.png", fullPage: true });
  });

  test("the audit log, and its screenshot on a phone", async ({ page }) => {
    await checkConsolePage(page, "/admin/audit", "Audit log", "Audit log");
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: "docs/screens/audit-log-390.png", fullPage: true });
  });

  test("the metrics", async ({ page }) => {
    await checkConsolePage(page, "/admin/metrics", "Request metrics", "Metrics");
  });

  test("recording a request", async ({ page }) => {
    await checkConsolePage(page, "/admin/requests/new", "Record a request", "Record a request");
  });
});
