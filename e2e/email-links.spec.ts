import { expect, test } from "@playwright/test";

/**
 * Every link in the mail the center has sent (the demo mailbox shows the
 * outbox: the seeded requests' letters, policy and CPNI notices, and what
 * the other journeys sent) leads to a page of the center: it answers, or sends
 * a reader who is not signed in to sign in. Never a 404 or a 500.
 */
test("every link in the mail the center sent answers", async ({ page, request, baseURL }) => {
  await page.goto("/dev/mailbox");
  const hrefs = await page.getByRole("article").getByRole("link").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length, "the mailbox holds links").toBeGreaterThan(0);

  // One of each kind of address is enough: the same page with another token or reference answers alike.
  const byKind = new Map<string, string>();
  for (const href of hrefs) byKind.set(new URL(href).pathname.replace(/PR-[2-9A-Z]{4}-[2-9A-Z]{4}|[A-Za-z0-9_-]{20,}[^/]*/g, "…"), href);
  for (const [kind, href] of byKind) {
    expect(new URL(href).origin, kind).toBe(baseURL);
    const response = await request.get(href, { maxRedirects: 0 });
    expect([200, 303, 307], `${kind} answers ${response.status()}`).toContain(response.status());
    if (response.status() !== 200) expect(response.headers().location, kind).toMatch(/^\/sign-in\?next=|^\/account/);
  }
});

test("in the mail, each link stands on its own line, so no punctuation after it becomes part of it", async ({ page }) => {
  await page.goto("/dev/mailbox");
  const bodies = await page.getByRole("article").locator("pre").allInnerTexts();
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) {
    for (const line of body.split("\n").filter((each) => /https?:\/\//.test(each))) {
      expect(line.trim(), "a line with a link holds the link alone").toMatch(/^https?:\/\/\S+$/);
    }
  }
});
