import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { givePhoneAndRecords } from "./support/minor-reports";
import { expectOnOneLine } from "./support/one-line";
import { companyDay, submitAndOpenRecorded } from "./support/recorded-requests";
import { signInAsAdministrator } from "./support/sign-in";
import { photograph } from "./support/screens";
import { createTestAccount, removeTestAccounts, removeTestRequests, type TestAccount } from "./support/test-accounts";

/** The reports and accounts this spec made, removed at the end (the reports first: they hold the accounts). */
const references: string[] = [];
const accounts: TestAccount[] = [];
test.afterAll(() => {
  removeTestRequests(references);
  removeTestAccounts(accounts);
});

/** The demo's California request (seeded, being worked on): its page in the console. */
async function demoRequestPath(page: Page): Promise<string> {
  await page.goto("/admin?type=california_privacy_rights");
  const href = await page.getByRole("main").getByRole("link", { name: /^PR-/ }).first().getAttribute("href");
  expect(href).toMatch(/^\/admin\/requests\/PR-/);
  return href!;
}

/**
 * A minor's report, recorded in the console as one that came by email, about a child's account of the test's own
 * (so the hold it puts on the matched account touches no demo customer); returns its reference.
 */
async function recordMinorReportAbout(page: Page, child: TestAccount): Promise<string> {
  await page.goto("/admin/requests/new?type=minor_report");
  const main = page.getByRole("main");
  await main.getByRole("radio", { name: /^By email \(/ }).check();
  await main.getByLabel("Date received", { exact: true }).fill(companyDay(1));
  await main.getByLabel("Reporter's name").fill("Pat Guardian");
  await main.getByRole("radio", { name: "Legal guardian" }).check();
  await main.getByLabel("Reporter's email address").fill(`guardian-${randomUUID().slice(0, 8)}@example.com`);
  await main.getByLabel("The child's age").fill("12");
  await main.getByLabel("Email address the child used").fill(child.email);
  await main.getByLabel("What information about the child was disclosed?").fill("Her email address and her voicemail greeting.");
  const reference = await submitAndOpenRecorded(page, "Record the report");
  references.push(reference);
  return reference;
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
  { name: "the CPNI notices to post", path: async () => "/admin/cpni-notices", heading: "CPNI notices to post", menuItem: "CPNI notices to post" },
] as const;

// Every page at a phone's width and a desktop's, and in dark mode (colour tokens of their own) at the desktop's, where staff work.
for (const [width, viewport, colorScheme] of [["390", PHONE, "light"], ["1280", DESKTOP, "light"], ["1280", DESKTOP, "dark"]] as const) {
  test.describe(`every console page at ${width} px${colorScheme === "dark" ? " in dark mode" : ""}`, () => {
    test.use({ viewport, colorScheme });
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

  test("the queue shows each request as a card with its status and answer-by day, its reference whole, and marks the page in its menu", async ({ page }) => {
    await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Request queue" })).toHaveClass(/border-brand-700/);
    const cards = page.getByRole("list", { name: "Requests and reports, most urgent first" }).getByRole("listitem");
    await expect(cards.first().getByRole("term")).toHaveText(["Status", "Answer by", "Type", "Requester", "Received"]);
    await expect(page.getByRole("table")).toBeHidden();
    // References never break mid-code, the urgent ones' included (their badge follows the reference).
    expect(await cards.count()).toBeGreaterThan(1);
    for (const card of await cards.all()) await expectOnOneLine(card.getByRole("link", { name: /^PR-/ }), card);
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

  // After the photographs, so that the audit log's picture shows the demo's entries, not this test's.
  test("a minor's report, with what it found and the customer's records opened, has no axe violation", async ({ page }) => {
    const child = createTestAccount("console-child");
    accounts.push(child);
    givePhoneAndRecords(child);
    const reference = await recordMinorReportAbout(page, child);
    await checkConsolePage(page, `/admin/requests/${reference}?findings=show&records=show`, reference, null);
    await expect(page.getByRole("region", { name: "What this report found" }).getByRole("region", { name: "Matched accounts" })).toContainText(child.email);
    await expect(page.getByRole("region", { name: "The customer’s records" })).toContainText("This view was recorded in the audit log.");
  });
});
