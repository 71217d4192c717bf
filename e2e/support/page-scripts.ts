import { expect, type Page } from "@playwright/test";

/**
 * Proves a journey really ran with (or without) JavaScript: Next.js's inline
 * bootstrap script defines `self.__next_f`, which exists only when the page's
 * own scripts were allowed to run.
 */
export async function expectPageScriptsToHaveRun(page: Page, javaScriptEnabled: boolean) {
  expect(await page.evaluate(() => "__next_f" in self), `page scripts ran: ${javaScriptEnabled}`).toBe(javaScriptEnabled);
}

/**
 * The policy's pages are files with no script at all (docs/decisions/0020), whether or not the browser
 * would run one: nothing of Next.js's bootstrap is there, and no script element of any kind.
 */
export async function expectAPageWithoutScripts(page: Page) {
  await expectPageScriptsToHaveRun(page, false);
  expect(await page.locator("script").count(), "script elements on the page").toBe(0);
}
