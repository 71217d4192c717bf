import { type Page, test } from "@playwright/test";

/**
 * Photographs the page, whole. Into the test's own output (test-results/, never
 * committed); with SCREENS_DIR set, into that folder instead, which is how the
 * pictures in docs/screens are refreshed:
 *
 *   SCREENS_DIR=docs/screens npx playwright test e2e/admin-console-pages.spec.ts e2e/on-a-phone.spec.ts
 */
export async function photograph(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENS_DIR;
  await page.screenshot({ path: dir ? `${dir}/${name}` : test.info().outputPath(name), fullPage: true });
}
