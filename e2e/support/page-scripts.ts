import { expect, type Page } from "@playwright/test";

/**
 * Proves a journey really ran with (or without) JavaScript: Next.js's inline
 * bootstrap script defines `self.__next_f`, which exists only when the page's
 * own scripts were allowed to run.
 */
export async function expectPageScriptsToHaveRun(page: Page, javaScriptEnabled: boolean) {
  expect(await page.evaluate(() => "__next_f" in self), `page scripts ran: ${javaScriptEnabled}`).toBe(javaScriptEnabled);
}
