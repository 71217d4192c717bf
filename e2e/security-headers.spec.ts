import { expect, test } from "@playwright/test";

const responses = [
  { name: "the policy page", path: "/privacy", status: 200 },
  { name: "the health check", path: "/api/health", status: 200 },
  { name: "a missing page", path: "/no-such-page", status: 404 },
  { name: "a bad compare request", path: "/privacy/compare?from=nope&to=2026-11-20", status: 400 },
];

for (const { name, path, status } of responses) {
  test(`${name} (${path}) is sent with the security headers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    const headers = response.headers();

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect(headers["permissions-policy"]).toMatch(/\bcamera=\(\)/);
    expect(headers["permissions-policy"]).toMatch(/\bmicrophone=\(\)/);
    expect(headers["permissions-policy"]).toMatch(/\bgeolocation=\(\)/);

    const csp = (headers["content-security-policy"] ?? "").split(";").map((directive) => directive.trim());
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    // No <base> is ever needed, so an injected one cannot re-point the page's relative links and forms.
    expect(csp).toContain("base-uri 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");

    // `next start` is production, which is served over HTTPS behind the proxy.
    const hsts = headers["strict-transport-security"] ?? "";
    const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);

    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("pages need no inline event handlers or javascript: URLs, which a Content-Security-Policy without 'unsafe-inline' would block", async ({ request }) => {
  for (const path of ["/", "/privacy", "/privacy/versions", "/privacy/compare/2019-04-05...2026-11-20", "/report-a-minor", "/california-privacy-rights", "/sign-in", "/forgot-password", "/dev/mailbox", "/no-such-page"]) {
    const html = await (await request.get(path)).text();
    expect(html.match(/<[^>]+\son[a-z]+\s*=/gi) ?? [], path).toEqual([]);
    expect(html.match(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi) ?? [], path).toEqual([]);
  }
});

for (const path of ["/privacy", "/privacy/versions"]) {
  test(`loading ${path} makes no request to another origin`, async ({ page, baseURL }) => {
    const ownOrigin = new URL(baseURL!).origin;
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));

    await page.goto(path, { waitUntil: "networkidle" });
    // Scroll the whole page, so anything loaded lazily is asked for too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");

    expect(requested, "the listener saw the page itself").toContain(`${ownOrigin}${path}`);
    expect(requested.length).toBeGreaterThan(1);
    const elsewhere = requested.filter((url) => !url.startsWith("data:") && new URL(url).origin !== ownOrigin);
    expect(elsewhere).toEqual([]);
  });
}
