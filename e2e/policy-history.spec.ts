import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expectAPageWithoutScripts } from "./support/page-scripts";

/** The day the 2027 version takes effect; until then it is upcoming and 2026-11-20 is in force. */
const NEXT_EFFECTIVE = "2027-01-15";
const nextInForce = new Date().toISOString().slice(0, 10) >= NEXT_EFFECTIVE;

const versions = [
  {
    id: "2027-01-15",
    status: nextInForce ? "In force" : "Upcoming",
    dates: "Published November 30, 2026, effective January 15, 2027",
    summary:
      "We explain your rights under the California Consumer Privacy Act and how to use them, state that we do not sell your Personal Information, and say how you can opt out of sharing, including with the Global Privacy Control signal. We now say how long we keep each kind of information, give the notice about CPNI that federal law requires, and describe what happens after a minor's data is reported to us and to requests sent by email or post.",
  },
  {
    id: "2026-11-20",
    status: nextInForce ? "Earlier version" : "In force",
    dates: "Published November 20, 2026, effective November 20, 2026",
    summary:
      "You can now make privacy requests and choices online in our Privacy Center, as well as by email and post. We honor the Global Privacy Control signal as an opt-out of sharing with Advertisers and of advertising cookies, and every promotional email now carries a one-click unsubscribe link.",
  },
  {
    id: "2019-04-05",
    status: "Earlier version",
    dates: "Published April 5, 2019, effective April 5, 2019",
    summary: "The privacy policy as published on April 5, 2019, the earliest version we hold.",
  },
];

async function seeTheHistoryNewestFirst(page: Page) {
  await page.goto("/privacy/versions");
  await expectAPageWithoutScripts(page);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Privacy policy history");

  const entries = main.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(entries).toHaveCount(versions.length);
  for (const [index, version] of versions.entries()) {
    const entry = entries.nth(index);
    await expect(entry.getByRole("heading", { level: 3 })).toContainText(`Version ${version.id}`);
    await expect(entry.getByRole("heading", { level: 3 })).toContainText(version.status);
    await expect(entry.getByText(version.dates, { exact: true })).toBeVisible();
    await expect(entry.getByText(version.summary, { exact: true })).toBeVisible();
  }
}

async function openAnEarlierVersionAndGoBackToTheCurrentOne(page: Page) {
  await page.goto("/privacy/versions");
  await expectAPageWithoutScripts(page);
  await page.getByRole("link", { name: "Version 2019-04-05", exact: true }).click();
  await expect(page).toHaveURL(/\/privacy\/versions\/2019-04-05$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Privacy Policy");
  await expect(main.getByRole("term").filter({ hasText: /^Effective:$/ }).locator("xpath=following-sibling::*[1]")).toHaveText(
    "April 5, 2019",
  );

  const notice = main.getByRole("complementary", { name: "This is an earlier version of the policy" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("It is no longer in force.");
  await notice.getByRole("link", { name: "Read the current policy" }).click();

  await expect(page).toHaveURL(/\/privacy$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Privacy Policy");
  await expect(main.getByRole("term").filter({ hasText: /^Effective:$/ }).locator("xpath=following-sibling::*[1]")).toHaveText(
    nextInForce ? "January 15, 2027" : "November 20, 2026",
  );
  await expect(page.getByRole("complementary", { name: "This is an earlier version of the policy" })).toHaveCount(0);
}

/**
 * A reader of the policy in force learns that a new version is coming, when, and what it changes:
 * the redline shows the new section on California Consumer Privacy Act rights as inserted, and the
 * stale statements of the version in force as struck through.
 */
async function learnWhatTheUpcomingVersionChanges(page: Page) {
  await page.goto("/privacy");
  await expectAPageWithoutScripts(page);
  const notice = page.getByRole("complementary", { name: "A new version of this policy has been published" });
  if (nextInForce) {
    // From January 15, 2027 the 2027 version is the policy: nothing is upcoming, so nothing is announced.
    await expect(notice).toHaveCount(0);
    await page.goto("/privacy/compare/2026-11-20...2027-01-15");
    await seeTheCaliforniaRightsSectionInserted(page);
    return;
  }
  await expect(notice).toContainText("It takes effect on January 15, 2027.");
  await expect(notice).toContainText("We explain your rights under the California Consumer Privacy Act");
  await notice.getByRole("link", { name: "see what will change" }).click();

  await expect(page).toHaveURL(/\/privacy\/compare\/2026-11-20\.\.\.2027-01-15$/);
  await seeTheCaliforniaRightsSectionInserted(page);
}

async function seeTheCaliforniaRightsSectionInserted(page: Page) {
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Changes from version 2026-11-20 to version 2027-01-15");

  const title = "Your Rights Under the California Consumer Privacy Act";
  const changed = main.getByRole("navigation", { name: /^\d+ sections? changed$/ });
  await expect(changed.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) })).toHaveText(`${title} (Added)`);

  // The whole section is new: its heading and every paragraph are insertions, nothing is struck through.
  const ccpa = main.getByRole("region", { name: title });
  await expect(ccpa.getByRole("heading", { level: 2 }).getByRole("insertion")).toHaveText(title);
  await expect(ccpa.getByText("Added", { exact: true })).toBeVisible();
  for (const sentence of ["We do not sell your Personal Information", "How we verify your request.", "Authorized agents."]) {
    await expect(ccpa.getByRole("insertion").filter({ hasText: sentence })).toHaveCount(1);
  }
  await expect(ccpa.getByRole("deletion")).toHaveCount(0);

  // Where the 2026 wording is still true it stays; the stale words are struck through.
  const california = main.getByRole("region", { name: "Your California Privacy Rights" });
  await expect(california.getByText("Text changed", { exact: true })).toBeVisible();
  await expect(california.getByRole("deletion").filter({ hasText: /new provision/ }).first()).toBeVisible();
  await expect(california.getByRole("insertion").filter({ hasText: /1798\.83/ }).first()).toBeVisible();
  const security = main.getByRole("region", { name: "Security Measures" });
  await expect(security.getByRole("deletion").filter({ hasText: /only/ }).first()).toBeVisible();
}

async function compareTwoVersionsWithTheForm(page: Page) {
  await page.goto("/privacy/versions");
  await expectAPageWithoutScripts(page);
  const older = page.getByLabel("Older version");
  const newer = page.getByLabel("Newer version");
  // Start from another choice, so the form has to carry the reader's picks.
  await older.selectOption("2026-11-20");
  await newer.selectOption("2019-04-05");
  await older.selectOption("2019-04-05");
  await newer.selectOption("2026-11-20");
  await page.getByRole("button", { name: "Compare versions" }).click();

  await expect(page).toHaveURL(/\/privacy\/compare\/2019-04-05\.\.\.2026-11-20$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Changes from version 2019-04-05 to version 2026-11-20");

  // In the California section, "two ways" became "three ways".
  const california = main.getByRole("region", { name: "Your California Privacy Rights" });
  await expect(california.getByText("Text changed", { exact: true })).toBeVisible();
  await expect(california.getByRole("insertion").filter({ hasText: /^inserted: three$/ })).toHaveCount(1);
  await expect(california.getByRole("deletion").filter({ hasText: /^deleted: two$/ })).toHaveCount(1);
  await expect(california.getByRole("insertion").filter({ hasText: /two/ })).toHaveCount(0);

  // The list of changed sections leads to the new Global Privacy Control section.
  const changed = main.getByRole("navigation", { name: /^\d+ sections? changed$/ });
  const gpcItem = changed.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Global Privacy Control", exact: true }) });
  await expect(gpcItem).toHaveText("Global Privacy Control (Added)");
  const gpcSection = main.getByRole("region", { name: "Global Privacy Control" });
  await expect(gpcSection).toHaveCount(1);
  await expect(gpcSection).not.toBeInViewport();
  await gpcItem.getByRole("link", { name: "Global Privacy Control" }).click();
  await expect(page).toHaveURL(/#change-global-privacy-control$/);
  await expect(gpcSection.getByRole("heading", { level: 2, name: "Global Privacy Control" })).toBeInViewport();
  await expect(gpcSection.getByText("Added", { exact: true })).toBeVisible();
}

// The policy is a document with no script (docs/decisions/0020): it reads the same whether or not the browser runs scripts.
test("the history lists every version newest first, with dates and summaries", async ({ page }) => {
  await seeTheHistoryNewestFirst(page);
});

test("an earlier version says so and links to the current policy", async ({ page }) => {
  await openAnEarlierVersionAndGoBackToTheCurrentOne(page);
});

test("the compare form leads to the redline between two versions", async ({ page }) => {
  await compareTwoVersionsWithTheForm(page);
});

test("the policy in force announces the upcoming version while there is one, and its redline shows the California rights section inserted", async ({ page }) => {
  await learnWhatTheUpcomingVersionChanges(page);
});

test("the redline from 2026-11-20 to 2027-01-15 shows the California rights section as inserted, whatever the date", async ({ page }) => {
  await page.goto("/privacy/compare/2026-11-20...2027-01-15");
  await seeTheCaliforniaRightsSectionInserted(page);
  await expectNoAxeViolations(page);

  await page.goto("/privacy/versions/2027-01-15");
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: /^Your Rights Under the California Consumer Privacy Act/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("only the changes, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a redline can leave out what did not change, keeping a paragraph around each change, and go back to the whole text", async ({ page }) => {
    await page.goto("/privacy/compare/2019-04-05...2026-11-20");
    const main = page.getByRole("main");
    const wholeSections = await main.locator(".redline > section").count();
    await main.getByRole("link", { name: "Show only the changes" }).click();
    await expect(page).toHaveURL(/\/privacy\/compare\/2019-04-05\.\.\.2026-11-20\/changes$/);
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Changes from version 2019-04-05 to version 2026-11-20");

    // Only the sections that changed, each listed in the summary of changes.
    const changedCount = await main.getByRole("navigation", { name: /sections? changed$/ }).getByRole("listitem").count();
    await expect(main.locator(".redline > section")).toHaveCount(changedCount);
    expect(changedCount).toBeLessThan(wholeSections);
    await expect(main.getByText("Show the unchanged text")).toHaveCount(0);
    // Long unchanged stretches are left out, and say so.
    await expect(main.getByText(/unchanged paragraphs? left out/).first()).toBeVisible();
    await expect(main.getByRole("insertion").first()).toBeVisible();

    await main.getByRole("link", { name: "Show the whole text" }).click();
    await expect(page).toHaveURL(/\/privacy\/compare\/2019-04-05\.\.\.2026-11-20$/);
  });
});

test.describe("comparing with a version that does not exist", () => {
  test.use({ javaScriptEnabled: false });

  test("answers 400 on a whole page that says which, and offers the form again", async ({ page }) => {
    const response = await page.goto("/privacy/compare?from=1999-01-01&to=2098-01-01");
    expect(response?.status()).toBe(400);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Choose two versions to compare");
    await expect(main.getByRole("alert")).toContainText("There is no version of the policy dated “1999-01-01” or “2098-01-01”.");
    await expect(main.getByRole("link", { name: "policy history" })).toHaveAttribute("href", "/privacy/versions");

    // The form is there to try again, and lands on the comparison.
    await main.getByLabel("Older version").selectOption("2019-04-05");
    await main.getByLabel("Newer version").selectOption("2026-11-20");
    await main.getByRole("button", { name: "Compare versions" }).click();
    await expect(page).toHaveURL(/\/privacy\/compare\/2019-04-05\.\.\.2026-11-20$/);
  });

  test("keeps the version that does exist chosen", async ({ page }) => {
    await page.goto("/privacy/compare?from=nope&to=2026-11-20");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("There is no version of the policy dated “nope”.");
    await expect(page.getByRole("main").getByLabel("Newer version")).toHaveValue("2026-11-20");
  });
});

test("the page for versions that do not exist passes axe", async ({ page }) => {
  await page.goto("/privacy/compare?from=nope&to=2026-11-20");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose two versions to compare");
  await expectNoAxeViolations(page);
});

test("a version that does not exist answers 404 with the site's not-found page", async ({ page }) => {
  const response = await page.goto("/privacy/versions/1999-01-01");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await expect(page.getByRole("main").getByRole("link", { name: "policy history" })).toHaveAttribute("href", "/privacy/versions");
});
