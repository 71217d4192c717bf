import { expect, test, type Page } from "@playwright/test";
import { formatDay } from "../lib/dates";
import { expectAPageWithoutScripts } from "./support/page-scripts";
import { versionInForce } from "./support/policy-versions";

/**
 * A reader opens the current privacy policy, finds a section through the
 * table of contents, and reads it. Run with and without JavaScript: the policy
 * is a document and must work as one.
 */
async function readThePolicy(page: Page) {
  await page.goto("/privacy");
  await expectAPageWithoutScripts(page);
  const main = page.getByRole("main");

  await expect(page).toHaveTitle("Privacy policy · Phone.com Privacy Center");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Privacy Policy");

  // The dates are a description list: "Effective:" → the day the version in force took effect.
  const inForce = versionInForce();
  const effective = main.getByRole("term").filter({ hasText: /^Effective:$/ });
  await expect(effective).toBeVisible();
  const effectiveDate = effective.locator("xpath=following-sibling::*[1]");
  await expect(effectiveDate).toHaveRole("definition");
  await expect(effectiveDate).toHaveText(formatDay(inForce.effective));
  await expect(effectiveDate.locator("time")).toHaveAttribute("datetime", inForce.effective);
  await expect(main.getByRole("term").filter({ hasText: /^Last updated:$/ })).toBeVisible();

  // Jump to CPNI through the contents.
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents).toBeVisible();
  // Its accessible name is its title alone; the permalink inside it has its own ("Permalink to “CPNI”").
  const cpniHeading = main.getByRole("heading", { level: 2, name: "CPNI", exact: true });
  await expect(cpniHeading).toHaveCount(1);
  await expect(cpniHeading).not.toBeInViewport();
  await contents.getByRole("link", { name: "CPNI", exact: true }).click();
  await expect(page).toHaveURL(/\/privacy#cpni$/);
  await expect(cpniHeading).toBeInViewport();

  // Every section heading of the policy carries a permalink to itself, and the
  // contents list exactly those sections, in order.
  const tocTargets = await contents.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  const pageChrome = new Set(["About this version", "Contents"]);
  const policyHeadings = await main.getByRole("heading", { level: 2 }).all();
  const sectionIds: string[] = [];
  for (const heading of policyHeadings) {
    const text = (await heading.evaluate((h) => h.firstChild?.textContent ?? "")).trim();
    if (pageChrome.has(text)) continue;
    const id = await heading.getAttribute("id");
    expect(id, `the heading “${text}” has an id`).toBeTruthy();
    await expect(heading, "a heading is named by its title, not by its permalink as well").toHaveAccessibleName(text);
    const permalink = heading.getByRole("link", { name: `Permalink to “${text}”`, exact: true });
    await expect(permalink, `the heading “${text}” has its permalink`).toHaveAttribute("href", `#${id}`);
    sectionIds.push(`#${id}`);
  }
  expect(sectionIds.length).toBeGreaterThanOrEqual(10);
  expect(sectionIds).toEqual(tocTargets);

  // The postal address, as published since 2019, is marked up as an address.
  const address = main.locator("address").filter({ hasText: "Attn: Your California Privacy Rights" });
  await expect(address).toHaveCount(1);
  expect((await address.innerText()).split("\n").map((line) => line.trim())).toEqual([
    "Phone.com",
    "184 South Livingston Avenue",
    "Suite 9-222",
    "Livingston, NJ 07039",
    "Attn: Your California Privacy Rights",
    "c/o Privacy Administrator",
  ]);

  // What counts as Personal Information is a real list, item by item.
  const personalInformation = main
    .getByRole("list")
    .filter({ has: page.getByRole("listitem").filter({ hasText: /^your name,$/ }) });
  await expect(personalInformation).toHaveCount(1);
  await expect(personalInformation.getByRole("listitem")).toHaveText([
    "your name,",
    "physical address, including city, and state,",
    "email address,",
    "telephone number,",
    "age or date of birth.",
  ]);
}

// The policy is a document with no script (docs/decisions/0020): it reads the same whether or not the browser runs scripts.
test("a reader reads the current policy and jumps to a section from the contents", async ({ page }) => {
  await readThePolicy(page);
});
