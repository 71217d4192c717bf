import { expect, type Page, test } from "@playwright/test";
import { publishedVersions } from "./support/policy-versions";

/**
 * The public policy pages are the static site's files (features/policy/static-site): plain HTML with no script,
 * answered to a browser that opens them. A client-side navigation from one of the app's pages asks for the app's
 * own page of the same address; both must read the same.
 */
const [oldest, , newest] = publishedVersions();
const addresses = [
  "/privacy",
  "/privacy/versions",
  `/privacy/versions/${oldest!.id}`,
  `/privacy/compare/${oldest!.id}...${newest!.id}`,
  `/privacy/compare/${oldest!.id}...${newest!.id}/changes`,
];

async function mainText(page: Page): Promise<string> {
  return (await page.locator("main").innerText()).replace(/\s+/g, " ").trim();
}

for (const address of addresses) {
  test(`${address} is a page with no script at all, and reads as the app's own page for it`, async ({ page }) => {
    const response = await page.goto(address);
    expect(response?.status()).toBe(200);
    const csp = (response?.headers()["content-security-policy"] ?? "").split(";").map((directive) => directive.trim());
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(await page.locator("script").count()).toBe(0);
    expect(await page.locator('link[rel="modulepreload"], link[rel="preload"][as="script"]').count()).toBe(0);
    // Styled by the site's stylesheet: the header's menu is laid out, not a bare list.
    await expect(page.getByRole("link", { name: /Phone\.com/ }).first()).toBeVisible();
    expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).toMatch(/^"?Inter"?,/);
    const fromFile = await mainText(page);
    expect(fromFile.length).toBeGreaterThan(200);

    // The app's page of the same address, reached the way a reader of the dashboard would: a client-side navigation.
    await page.goto("/california-privacy-rights");
    await page.waitForFunction(() => "next" in window);
    await page.evaluate((to) => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push(to), address);
    await expect(page).toHaveURL(address);
    await expect(page.locator("main h1")).not.toHaveText(/California/);
    await expect.poll(() => mainText(page)).toBe(fromFile);
  });
}

test("an unchanged file is not sent again: the browser's copy is confirmed with a 304", async ({ request }) => {
  const first = await request.get("/privacy");
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/privacy", { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(await first.text())?.[1];
  expect(stylesheet).toMatch(/^\/policy-assets\//);
  const css = await request.get(stylesheet!);
  expect(css.headers()["content-type"]).toMatch(/^text\/css/);
  expect(css.headers()["cache-control"]).toContain("immutable");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the contents lead to their sections, and the compare form lands on the comparison", async ({ page }) => {
    await page.goto("/privacy");
    const contents = page.getByRole("navigation", { name: /contents/i });
    const firstEntry = contents.getByRole("link").first();
    const target = (await firstEntry.getAttribute("href"))!;
    await firstEntry.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();

    await page.goto("/privacy/versions");
    await page.getByLabel("Older version").selectOption(oldest!.id);
    await page.getByLabel("Newer version").selectOption(newest!.id);
    await page.getByRole("button", { name: "Compare versions" }).click();
    await expect(page).toHaveURL(`/privacy/compare/${oldest!.id}...${newest!.id}`);
    await expect(page.locator("main h1")).toContainText(oldest!.id);
  });

  test("printed, the page is the policy alone: no menu, no compare form", async ({ page }) => {
    await page.goto("/privacy/versions");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("button", { name: "Compare versions" })).toBeHidden();
    await expect(page.locator("main h1")).toBeVisible();
  });
});
