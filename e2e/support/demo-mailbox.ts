import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens the address's mail in /dev/mailbox until a message with the subject
 * shows (mail is written just after the page answers), and returns it.
 */
export async function openEmail(page: Page, to: string, subject: RegExp): Promise<Locator> {
  const message = page
    .getByRole("article")
    .filter({ hasText: to })
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return message;
}
