import { expect, test } from "@playwright/test";
import { demoCustomers } from "../server/db/seed/demo-people";
import { signIn } from "./support/sign-in";
import { expectNoAxeViolations } from "./support/axe";


const pages = [
  { name: "home", path: "/", status: 200 },
  { name: "current policy", path: "/privacy", status: 200 },
  { name: "policy history", path: "/privacy/versions", status: 200 },
  { name: "earlier version", path: "/privacy/versions/2019-04-05", status: 200 },
  { name: "redline", path: "/privacy/compare/2019-04-05...2026-11-20", status: 200 },
  { name: "not found", path: "/no-such-page", status: 404 },
  { name: "sign-in", path: "/sign-in", status: 200 },
  { name: "forgot password", path: "/forgot-password", status: 200 },
  { name: "demo mailbox", path: "/dev/mailbox", status: 200 },
  { name: "design guide", path: "/dev/design", status: 200 },
];

const colorSchemes = ["light", "dark"] as const;

for (const colorScheme of colorSchemes) {
  test.describe(`${colorScheme} colour scheme`, () => {
    for (const { name, path, status } of pages) {
      test(`the ${name} page (${path}) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        await expect(page.getByRole("main")).toBeVisible();
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");

        await expectNoAxeViolations(page);
      });
    }

    test("the account security page has no WCAG 2.1 A/AA violations", async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const customer = demoCustomers[1];
      await signIn(page, customer.email, customer.password);
      await page.goto("/account/security");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("keyboard", () => {
  for (const path of ["/privacy", "/privacy/versions"]) {
    test(`on ${path} the first Tab reaches "Skip to main content", and Enter moves focus to the main content`, async ({ page }) => {
      await page.goto(path);
      const skipLink = page.getByRole("link", { name: "Skip to main content" });
      await expect(skipLink).not.toBeInViewport();

      await page.keyboard.press("Tab");
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport();

      await page.keyboard.press("Enter");
      await expect(page.getByRole("main")).toBeFocused();
      await expect(page).toHaveURL(/#main-content$/);

      // The next Tab continues inside the main content, not back in the header.
      await page.keyboard.press("Tab");
      const focusedInMain = await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement) ?? false);
      expect(focusedInMain).toBe(true);
    });
  }
});

test("printing leaves out the header navigation", async ({ page }) => {
  await page.goto("/privacy");
  const mainNavigation = page.getByRole("navigation", { name: "Main", exact: true });
  await expect(mainNavigation).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Contents" })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(mainNavigation).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Contents" })).toBeHidden();
  // The policy itself still prints.
  await expect(page.getByRole("main").getByRole("heading", { level: 1, name: "Privacy Policy" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "CPNI", exact: true })).toBeVisible();
});
