import { expect, test } from "@playwright/test";
import { demoCustomers } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { photograph } from "./support/screens";
import { signIn } from "./support/sign-in";

/** A phone's width (an iPhone 12 to 15 in portrait). */
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

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

for (const path of ["/account", "/account/choices", "/account/requests", "/account/security"]) {
  test(`the dashboard's ${path} has no WCAG 2.1 A/AA violations on a phone`, async ({ page }) => {
    const customer = demoCustomers[1]!;
    await signIn(page, customer.email, customer.password);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    if (path === "/account") await photograph(page, "account-390.png");
  });
}

test("on a phone each choice's checkbox, name and state share one line", async ({ page }) => {
  const customer = demoCustomers[0]!;
  await signIn(page, customer.email, customer.password);
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
  const alex = demoCustomers[0]!;
  await signIn(page, alex.email, alex.password);
  await page.goto("/account/requests");
  const card = page.getByRole("list", { name: "Your requests, newest first" }).getByRole("listitem").first();
  await expect(card.getByRole("term")).toHaveText(["Status", "Answer", "Request", "Received"]);
  await expect(page.getByRole("table", { name: "Your requests, newest first" })).toBeHidden();
  const reference = card.getByRole("link", { name: /^PR-/ });
  // One line: the reference never breaks mid-code.
  expect((await reference.boundingBox())!.height).toBeLessThan(32);
});
