import { expect, type Page, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { signInAsAdministrator } from "./support/sign-in";
import { photograph } from "./support/screens";

/** The demo's California request (seeded, being worked on): its page in the console. */
async function demoRequestPath(page: Page): Promise<string> {
  await page.goto("/admin?type=california_privacy_rights");
  const href = await page.getByRole("main").getByRole("link", { name: /^PR-/ }).first().getAttribute("href");
  expect(href).toMatch(/^\/admin\/requests\/PR-/);
  return href!;
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A console page at one width: the console's own header, its menu marking the page, and no axe violation. */
async function checkConsolePage(page: Page, path: string, heading: RegExp | string, menuItem: string | null) {
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

const pages = [
  { name: "the queue", path: async () => "/admin", heading: "Request queue", menuItem: "Request queue" },
  { name: "a request's page", path: demoRequestPath, heading: "Your California Privacy Rights", menuItem: null },
  { name: "the audit log", path: async () => "/admin/audit", heading: "Audit log", menuItem: "Audit log" },
  { name: "the metrics", path: async () => "/admin/metrics", heading: "Request metrics", menuItem: "Metrics" },
  { name: "recording a request", path: async () => "/admin/requests/new", heading: "Record a request", menuItem: "Record a request" },
] as const;

for (const [width, viewport] of [["390", PHONE], ["1280", DESKTOP]] as const) {
  test.describe(`every console page at ${width} px`, () => {
    test.use({ viewport });
    test.beforeEach(async ({ page }) => signInAsAdministrator(page, demoAdministrator));

    for (const consolePage of pages) {
      test(`${consolePage.name}: the console's header, the current page marked, no axe violation`, async ({ page }) => {
        await checkConsolePage(page, await consolePage.path(page), consolePage.heading, consolePage.menuItem);
      });
    }
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });
  test.beforeEach(async ({ page }) => signInAsAdministrator(page, demoAdministrator));

  test("the queue shows each request as a card with its status and answer-by day, and marks the page in its menu", async ({ page }) => {
    await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Request queue" })).toHaveClass(/border-brand-700/);
    const card = page.getByRole("list", { name: "Requests and reports, most urgent first" }).getByRole("listitem").first();
    await expect(card.getByRole("term")).toHaveText(["Status", "Answer by", "Type", "Requester", "Received"]);
    await expect(page.getByRole("table")).toBeHidden();
  });

  test("a request's page marks the queue as where you are, and is photographed", async ({ page }) => {
    await page.goto(await demoRequestPath(page));
    // A request's page belongs to the queue: marked as where you are, not as the page itself.
    await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Request queue" })).toHaveAttribute("aria-current", "true");
    await photograph(page, "console-request-390.png");
  });

  test("the audit log is photographed", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await photograph(page, "audit-log-390.png");
  });
});
