import { expect, type Locator, type Page } from "@playwright/test";

/** The label of the field only bots fill in (components/ui/honeypot-field.tsx). */
const HONEYPOT_LABEL = "Leave this field empty";

/**
 * The public form's field for bots is there (a bot must find it), but a person never meets it: assistive technology
 * does not expose it (the accessibility tree has no such field or label), and the keyboard never lands on it (Tab
 * from the top of the page to the form's button passes it by).
 */
export async function expectHoneypotHiddenFromPeople(page: Page, form: Locator, submitLabel: string): Promise<void> {
  await expect(form.locator('input[name="website"]')).toHaveCount(1);
  await expect(page.getByRole("textbox", { name: HONEYPOT_LABEL })).toHaveCount(0);
  expect(await page.locator("body").ariaSnapshot()).not.toContain(HONEYPOT_LABEL);

  const submit = form.getByRole("button", { name: submitLabel });
  await page.locator("body").focus();
  const focused: string[] = [];
  for (let step = 0; step < 100 && !(await submit.evaluate((button) => button === document.activeElement)); step++) {
    await page.keyboard.press("Tab");
    focused.push(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name || document.activeElement?.tagName || ""));
  }
  await expect(submit, "Tab reaches the form's button").toBeFocused();
  expect(focused).not.toContain("website");
}
