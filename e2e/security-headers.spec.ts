import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { actionCallHeaders, serverActionNamed } from "./support/server-actions";

type Send = (request: APIRequestContext, origin: string) => Promise<APIResponse>;

const get =
  (path: string): Send =>
  (request) =>
    request.get(path, { maxRedirects: 0 });

/** Calls a Server Action the way React's fetch does, with `data` as its argument list. */
const callAction =
  (name: string, data: string, headers: Record<string, string> = {}): Send =>
  (request, origin) => {
    const action = serverActionNamed(name);
    return request.post(action.pagePath, { headers: { ...actionCallHeaders(action, origin), ...headers }, data, maxRedirects: 0 });
  };

const responses: { name: string; path: string; status: number; send: Send; defaultSrc?: string }[] = [
  // A file of the static policy site (docs/decisions/0020): no script may run there at all.
  { name: "the policy page", path: "/privacy", status: 200, send: get("/privacy"), defaultSrc: "'none'" },
  { name: "the health check", path: "/api/health", status: 200, send: get("/api/health") },
  { name: "a missing page", path: "/no-such-page", status: 404, send: get("/no-such-page") },
  { name: "a bad compare request", path: "/privacy/compare?from=nope&to=2026-11-20", status: 303, send: get("/privacy/compare?from=nope&to=2026-11-20") },
  { name: "the compare form's page for it", path: "/privacy/compare/choose?from=nope&to=2026-11-20", status: 400, send: get("/privacy/compare/choose?from=nope&to=2026-11-20") },
  // Malformed requests (e2e/malformed-requests.spec.ts): their 4xx answers carry the same headers.
  { name: "an address that does not decode", path: "/requests/%E0%A4%A", status: 404, send: get("/requests/%E0%A4%A") },
  {
    name: "a one-click unsubscribe to an address that does not decode",
    path: "POST /api/unsubscribe/%E0%A4%A",
    status: 400,
    send: (request) => request.post("/api/unsubscribe/%E0%A4%A", { form: { "List-Unsubscribe": "One-Click" } }),
  },
  { name: "an action called with something other than a form", path: "POST /sign-in", status: 404, send: callAction("signInAction", '[{},"not a form"]') },
  { name: "an action from another website", path: "POST /sign-in", status: 403, send: callAction("signInAction", '["$undefined"]', { origin: "https://attacker.example" }) },
  { name: "an action with a JSON body", path: "POST /sign-in", status: 415, send: callAction("signInAction", "{}", { "content-type": "application/json" }) },
  { name: "an action with a body over 1 MB", path: "POST /sign-in", status: 413, send: callAction("signInAction", `["${"x".repeat(1024 * 1024)}"]`) },
  {
    name: "an action with a broken multipart body",
    path: "POST /sign-in",
    status: 400,
    send: callAction("signInAction", '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', { "content-type": "multipart/form-data; boundary=xyz" }),
  },
];

for (const { name, path, status, send, defaultSrc = "'self'" } of responses) {
  test(`${name} (${path}) is sent with the security headers`, async ({ request, baseURL }) => {
    const response = await send(request, new URL(baseURL!).origin);
    expect(response.status()).toBe(status);
    const headers = response.headers();

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect(headers["permissions-policy"]).toMatch(/\bcamera=\(\)/);
    expect(headers["permissions-policy"]).toMatch(/\bmicrophone=\(\)/);
    expect(headers["permissions-policy"]).toMatch(/\bgeolocation=\(\)/);

    const csp = (headers["content-security-policy"] ?? "").split(";").map((directive) => directive.trim());
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`default-src ${defaultSrc}`);
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
