import { expect, type Page, test } from "@playwright/test";
import { demoCustomers } from "../server/db/seed/demo-people";
import { signIn } from "./support/sign-in";

/**
 * The center's typeface (Inter, docs/decisions/0023-design-system.md) is served by the center itself, on its
 * app pages and on the static policy site's plain files alike, and nothing is asked of anyone else.
 */

/** Every address the page asks for that is not this server. */
function requestsElsewhere(page: Page): string[] {
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") elsewhere.push(request.url());
  });
  return elsewhere;
}

/** Every font the page downloads. */
function fontsFetched(page: Page): URL[] {
  const fonts: URL[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "font" && response.ok()) fonts.push(new URL(response.url()));
  });
  return fonts;
}

async function expectTextInInter(page: Page) {
  expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).toMatch(/^"?Inter"?,/);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const inter = [...document.fonts].filter((face) => face.family.replace(/["']/g, "") === "Inter");
        return { status: document.fonts.status, inter: inter.map((face) => face.status) };
      }),
    )
    .toEqual({ status: "loaded", inter: ["loaded"] });
}

test("an app page draws its text in Inter, from this server", async ({ page }) => {
  const elsewhere = requestsElsewhere(page);
  const fonts = fontsFetched(page);
  await page.goto("/your-privacy-choices");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectTextInInter(page);
  expect(fonts.map((url) => url.pathname)).toEqual([expect.stringMatching(/^\/_next\/static\/media\/inter-latin-wght-normal\.[\w-]+\.woff2$/)]);
  expect(elsewhere).toEqual([]);
});

test("a static policy page draws its text in Inter, from the font the site carries beside its stylesheet", async ({ page }) => {
  const elsewhere = requestsElsewhere(page);
  const fonts = fontsFetched(page);
  const response = await page.goto("/privacy");
  const csp = (response?.headers()["content-security-policy"] ?? "").split(";").map((directive) => directive.trim());
  expect(csp).toContain("script-src 'none'");
  expect(csp).toContain("font-src 'self'");
  await expectTextInInter(page);
  expect(fonts.map((url) => url.pathname)).toEqual([expect.stringMatching(/^\/policy-assets\/inter-latin-wght-normal\.[\w-]+\.woff2$/)]);
  expect(elsewhere).toEqual([]);
});

test("the signed-in overview, in Inter, stays within its 50 KB of HTML", async ({ page }) => {
  const elsewhere = requestsElsewhere(page);
  const customer = demoCustomers[0]!;
  await signIn(page, customer.email, customer.password);
  await expectTextInInter(page);
  const html = await (await page.request.get("/account")).text();
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(50 * 1024);
  expect(elsewhere).toEqual([]);
});

test("the design guide shows every notice tone and every request status as the pages use them", async ({ page }) => {
  await page.goto("/dev/design");
  for (const title of ["A new version of this policy has been published", "Notice recorded as posted", "Your data is being held", "We could not compare those versions"]) {
    await expect(page.getByRole("complementary", { name: title })).toBeVisible();
  }
  const statuses = page.getByRole("region", { name: "Badges" }).getByRole("listitem");
  for (const status of ["Received", "Verified", "In progress", "Extended", "Completed", "Denied"]) {
    await expect(statuses.filter({ hasText: status }).first()).toBeVisible();
  }
  await expect(page.getByRole("group", { name: "Colour tokens" }).getByRole("row")).toHaveCount(12);
});
