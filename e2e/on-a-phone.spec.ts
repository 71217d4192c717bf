import { expect, type Locator, type Page, test } from "@playwright/test";
import { formatMoment } from "../lib/dates";
import { demoCustomers } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { openEmail } from "./support/demo-mailbox";
import { expectOnOneLine } from "./support/one-line";
import { photograph } from "./support/screens";
import { E2E_COMPANY_TIME_ZONE } from "./support/server-settings";
import { signIn } from "./support/sign-in";
import { testAccountsOfThisFile } from "./support/test-accounts";

/** A phone's width (an iPhone 12 to 15 in portrait). */
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

const alex = demoCustomers[0]!;
const jordan = demoCustomers[1]!;
const testAccount = testAccountsOfThisFile("phone-");

test.describe("the menu on a phone, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is a button that opens the sections and closes again", async ({ page }) => {
    await page.goto("/privacy");
    const menu = page.getByRole("banner").getByText("Menu", { exact: true });
    await expect(menu).toBeVisible();
    const sections = page.getByRole("navigation", { name: "Main (menu)" });
    await expect(sections).toBeHidden();
    await menu.click();
    await expect(sections).toBeVisible();
    await sections.getByRole("link", { name: "Policy history" }).click();
    await expect(page).toHaveURL(/\/privacy\/versions$/);
  });
});

test("the menu opens from the keyboard", async ({ page }) => {
  await page.goto("/");
  // Skip link, the wordmark, then the menu button.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("banner").locator("summary")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Main (menu)" })).toBeVisible();
});

for (const path of ["/", "/privacy", "/privacy/versions", "/privacy/compare/2019-04-05...2026-11-20", "/privacy/compare/2019-04-05...2026-11-20/changes", "/report-a-minor", "/california-privacy-rights", "/your-privacy-choices", "/sign-in"]) {
  test(`${path} has no WCAG 2.1 A/AA violations on a phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

/** The page of one of Alex's own requests (the demo's answered copy), by the reference "Your requests" links to. */
async function ownRequestPath(page: Page): Promise<string> {
  await page.goto("/account/requests");
  const href = await page.getByRole("list", { name: "Your requests, newest first" }).getByRole("link", { name: /^PR-/ }).first().getAttribute("href");
  expect(href).toMatch(/^\/account\/requests\/PR-/);
  return href!;
}

/**
 * The page a customer reaches from the link emailed to a new address (an account of the test's own, so Jordan's
 * address stays): asked for on the security page, its link read from the demo mailbox.
 */
async function confirmEmailPath(page: Page): Promise<string> {
  const account = testAccount("confirm-email");
  await signIn(page, account.email, account.password);
  await page.goto("/account/security");
  const form = page.getByRole("form", { name: "Change your email address" });
  const newEmail = `${account.id}-new@example.com`;
  await form.getByLabel("New email address").fill(newEmail);
  await form.getByLabel("Current password").fill(account.password);
  await form.getByRole("button", { name: "Email a link to the new address" }).click();
  await expect(form.getByRole("status")).toContainText(`We sent a link to ${newEmail}.`);
  const email = await openEmail(page, newEmail, /Confirm the new email address/);
  const href = await email.getByRole("link", { name: /\/account\/security\/confirm-email\?token=/ }).getAttribute("href");
  return new URL(href!).pathname + new URL(href!).search;
}

interface DashboardState {
  name: string;
  /** Signs in (as Jordan unless the state needs someone else) and answers the page's address. */
  open: (page: Page) => Promise<string>;
  heading: string | RegExp;
}

const signedInAs = (customer: { email: string; password: string }, path: string | ((page: Page) => Promise<string>)) => async (page: Page) => {
  await signIn(page, customer.email, customer.password);
  return typeof path === "string" ? path : path(page);
};

const dashboardStates: DashboardState[] = [
  { name: "/account", open: signedInAs(jordan, "/account"), heading: "Your information" },
  { name: "/account/choices", open: signedInAs(jordan, "/account/choices"), heading: "Your choices" },
  { name: "/account/choices with a history of changes", open: signedInAs(alex, "/account/choices"), heading: "Your choices" },
  { name: "/account/requests", open: signedInAs(jordan, "/account/requests"), heading: "Your privacy requests" },
  { name: "a request's own page, /account/requests/<reference>", open: signedInAs(alex, ownRequestPath), heading: /PR-/ },
  { name: "/account/security", open: signedInAs(jordan, "/account/security"), heading: "Password and email" },
  { name: "/account/security/confirm-email", open: confirmEmailPath, heading: "Confirm your new email address" },
];

// Every dashboard page at a phone's width, where customers read it, in light and in dark mode (its colour tokens of their own).
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(colorScheme === "dark" ? "in dark mode" : "in light mode", () => {
    test.use({ colorScheme });

    for (const state of dashboardStates) {
      test(`the dashboard's ${state.name} has no WCAG 2.1 A/AA violations on a phone (${colorScheme})`, async ({ page }) => {
        await page.goto(await state.open(page));
        await expect(page.getByRole("heading", { level: 1 })).toContainText(state.heading);
        if (state.name.includes("history")) await expect(page.getByRole("list", { name: "Changes of your choices, newest first" })).toBeVisible();
        await expectNoAxeViolations(page);
        if (state.name === "/account" && colorScheme === "light") await photograph(page, "account-390.png");
      });
    }
  });
}

test("on a phone each choice's checkbox, name and state share one line", async ({ page }) => {
  await signIn(page, alex.email, alex.password);
  await page.goto("/account/choices");
  const forms = page.locator("form[id^='choice-form-']");
  expect(await forms.count()).toBeGreaterThan(3);
  for (const form of await forms.all()) {
    const checkbox = await form.getByRole("checkbox").boundingBox();
    const state = await form.locator("span[aria-hidden='true']").first().boundingBox();
    const label = await form.locator("label").first().boundingBox();
    // The checkbox and the state start on the label's first line.
    for (const box of [checkbox, state]) expect(box!.y).toBeLessThan(label!.y + 24);
    expect(state!.x).toBeGreaterThan(label!.x);
  }
});

test("on a phone each of the customer's requests is a card with its status and answer day, its reference whole", async ({ page }) => {
  await signIn(page, alex.email, alex.password);
  await page.goto("/account/requests");
  const card = page.getByRole("list", { name: "Your requests, newest first" }).getByRole("listitem").first();
  await expect(card.getByRole("term")).toHaveText(["Status", "Answer", "Request", "Received"]);
  await expect(page.getByRole("table", { name: "Your requests, newest first" })).toBeHidden();
  // One line: the reference never breaks mid-code.
  await expectOnOneLine(card.getByRole("link", { name: /^PR-/ }), card);
});

/** No sideways scrolling: neither of the page, nor of any part of `region` (a table's scrolling wrapper, say). */
async function expectNoSidewaysScroll(page: Page, region: Locator) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const scrolling = await region.evaluate((root) =>
    [root, ...root.querySelectorAll("*")]
      .filter((element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth)
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(scrolling).toEqual([]);
}

test.describe("the history of one's choices", () => {
  /** Each change's moment as the page must write it: in company time, the zone named ("Nov 20, 2026, 9:30 PM EST"). */
  async function expectMomentsInCompanyTime(times: Locator) {
    expect(await times.count()).toBeGreaterThan(0);
    for (const time of await times.all()) {
      const instant = (await time.getAttribute("datetime"))!;
      await expect(time).toHaveText(formatMoment(instant, E2E_COMPANY_TIME_ZONE, "medium"));
      await expect(time).toHaveText(/ E[SD]T$/);
    }
  }

  test("on a phone is a card for each change with labelled values in company time, and nothing scrolls sideways", async ({ page }) => {
    await signIn(page, alex.email, alex.password);
    await page.goto("/account/choices");
    const history = page.getByRole("region", { name: "History of your choices" });
    await expect(history.getByRole("table")).toBeHidden();
    const cards = history.getByRole("list", { name: "Changes of your choices, newest first" }).getByRole("listitem");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      await expect(card.getByRole("term")).toHaveText(["Change", "When", "How", "Policy in force"]);
      await expect(card.getByRole("definition").first()).toHaveText(/^(On|Off|Not set) → (On|Off)$/);
      await expect(card.getByRole("link", { name: /^\d{4}-\d{2}-\d{2}$/ })).toHaveAttribute("href", /^\/privacy\/versions\//);
    }
    await expect(history).not.toContainText("UTC");
    await expectMomentsInCompanyTime(history.locator("time"));
    await expectNoSidewaysScroll(page, history);
  });

  test.describe("on a desktop", () => {
    test.use({ viewport: { width: 1280, height: 800 } });

    test("is a table with a column for each value, times in company time, that fits without scrolling sideways", async ({ page }) => {
      await signIn(page, alex.email, alex.password);
      await page.goto("/account/choices");
      const history = page.getByRole("region", { name: "History of your choices" });
      await expect(history.getByRole("list", { name: "Changes of your choices, newest first" })).toBeHidden();
      const table = history.getByRole("table", { name: "Changes of your choices, newest first" });
      await expect(table.getByRole("columnheader")).toHaveText(["Choice", "Change", "When", "How", "Policy in force"]);
      expect(await table.getByRole("rowheader").count()).toBeGreaterThan(0);
      await expect(history).not.toContainText("UTC");
      await expectMomentsInCompanyTime(table.locator("time"));
      await expectNoSidewaysScroll(page, history);
      // Also at the narrowest width that shows the table (Tailwind's md): its cells wrap rather than scroll.
      await page.setViewportSize({ width: 768, height: 800 });
      await expect(table).toBeVisible();
      await expectNoSidewaysScroll(page, history);
    });
  });
});
