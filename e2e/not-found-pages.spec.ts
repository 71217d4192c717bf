import { expect, type Page, test } from "@playwright/test";
import { demoAdministrator, demoCustomers } from "../server/db/seed/demo-people";
import { expectNoAxeViolations } from "./support/axe";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { testAccountsOfThisFile } from "./support/test-accounts";

const alex = demoCustomers[0]!;
const testAccount = testAccountsOfThisFile("not-found-");

/** The site's own not-found page, whole: the document's language, the header, the main landmark and its heading, and a 404. */
async function expectSiteNotFoundPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 1, name: "We could not find that page" }), path).toBeVisible();
  await expect(page.getByRole("link", { name: "current privacy policy" })).toBeVisible();
}

test.describe("pages that do not exist for their reader, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a customer opening another customer's request, or the console, sees the site's not-found page", async ({ page, browser }) => {
    // One of Alex's requests, by its reference.
    const alexPage = await (await browser.newContext()).newPage();
    await signIn(alexPage, alex.email, alex.password);
    await alexPage.goto("/account/requests");
    const reference = (await alexPage.getByRole("main").textContent())?.match(/PR-[2-9A-Z]{4}-[2-9A-Z]{4}/)?.[0];
    expect(reference, "Alex has a request").toBeTruthy();
    await alexPage.context().close();

    const stranger = testAccount("stranger");
    await signIn(page, stranger.email, stranger.password);
    await expectSiteNotFoundPage(page, `/account/requests/${reference}`);
    await expect(page.getByRole("main")).not.toContainText(reference!);
    await expectSiteNotFoundPage(page, "/account/requests/PR-2222-2222");
    await expectSiteNotFoundPage(page, "/admin");
    await expectSiteNotFoundPage(page, `/admin/requests/${reference}`);
  });

  test("an administrator opening a request that does not exist sees the site's not-found page", async ({ page }) => {
    await signInAsAdministrator(page, demoAdministrator);
    // A well-formed reference no request has, and an address that is no reference at all.
    await expectSiteNotFoundPage(page, "/admin/requests/PR-2222-2222");
    await expectSiteNotFoundPage(page, "/admin/requests/not-a-reference");
  });

  test("a visitor following a request or unsubscribe link that does not match sees the site's not-found page", async ({ page }) => {
    await expectSiteNotFoundPage(page, "/requests/PR-2222-2222?key=not-a-key");
    await expectSiteNotFoundPage(page, "/unsubscribe/not-a-token");
  });
});

test("the not-found page a reader is sent to passes axe", async ({ page }) => {
  await page.goto("/requests/PR-2222-2222");
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  await expectNoAxeViolations(page);
});
