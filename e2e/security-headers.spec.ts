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
    expect(headers["x-frame-options"]).toBe("DENY");

    // `next start` is production, which is served over HTTPS behind the proxy.
    const hsts = headers["strict-transport-security"] ?? "";
    const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);

    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

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
