import { expect, type Locator, type Page } from "@playwright/test";
import { expectSoon } from "./expect-soon";

/**
 * The steps on a request's page in the console: the next step is open; every
 * other one waits, closed, behind its title under "Other steps". Opens the
 * step's disclosure when it is closed (a native <details>, with or without
 * JavaScript) and returns its form.
 */
export async function openStep(admin: Page, title: string): Promise<Locator> {
  const summary = admin.getByRole("main").locator("summary", { hasText: title });
  if ((await summary.count()) > 0 && !(await summary.locator("xpath=..").evaluate((details) => (details as HTMLDetailsElement).open))) {
    await summary.click();
  }
  const form = admin.getByRole("form", { name: title });
  await expect(form).toBeVisible();
  return form;
}

/**
 * Takes one step: fills its fields, ticks "I understand …" when the step is a
 * final one (complete, deny, erase, mistaken), presses its button and waits
 * for the page to say it was done.
 */
export async function takeStep(admin: Page, title: string, button: string, fields: Record<string, string> = {}, done: RegExp | string = /./): Promise<void> {
  const form = await openStep(admin, title);
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
  const confirmation = form.getByRole("checkbox", { name: /^I understand/ });
  if ((await confirmation.count()) > 0) await confirmation.check();
  await form.getByRole("button", { name: button }).click();
  await expectSoon(admin.getByRole("main").getByRole("status")).toContainText(done);
}
