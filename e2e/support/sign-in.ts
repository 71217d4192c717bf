import type { Page } from "@playwright/test";

/**
 * Signs in through the sign-in page, as a person would (works with or without
 * JavaScript), and waits for the landing page, /account.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/account");
}

/** Signs in as the demo Privacy Administrator and waits for the console. */
export async function signInAsAdministrator(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.goto("/sign-in?next=%2Fadmin");
  await page.getByLabel(/^Email/).fill(credentials.email);
  await page.getByLabel(/^Password/).fill(credentials.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
}
