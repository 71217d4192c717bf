import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { actionCallHeaders, serverActionNamed } from "./support/server-actions";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { testAccountsOfThisFile } from "./support/test-accounts";

const createCustomer = testAccountsOfThisFile("headers-");

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

/** The page's policy, directive by directive, and the nonce in its script-src (throws when there is none). */
async function noncePolicyOf(response: APIResponse) {
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
  expect(policies, "one policy, not the static one as well").toHaveLength(1);
  const directives = new Map(policies[0]!.value.split(";").map((directive) => { const [name, ...sources] = directive.trim().split(/\s+/); return [name!, sources]; }));
  const scriptSrc = directives.get("script-src") ?? [];
  const nonce = /^'nonce-([A-Za-z0-9+/]+={0,2})'$/.exec(scriptSrc.find((source) => source.startsWith("'nonce-")) ?? "")?.[1];
  expect(nonce, "script-src has a nonce").toBeDefined();
  return { directives, scriptSrc, nonce: nonce! };
}

/** Loads a page twice; each answer has a policy with a nonce of its own, and every script on the page carries it. */
async function expectNoncePolicy(request: APIRequestContext, path: string) {
  const nonces: string[] = [];
  for (let load = 0; load < 2; load++) {
    const response = await request.get(path, { headers: { accept: "text/html" } });
    const { directives, scriptSrc, nonce } = await noncePolicyOf(response);
    expect(scriptSrc, path).toContain("'strict-dynamic'");
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(directives.get("object-src"), path).toEqual(["'none'"]);
    expect(directives.get("base-uri"), path).toEqual(["'none'"]);
    expect(directives.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(directives.get("form-action"), path).toEqual(["'self'"]);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0);
    expect(scripts.filter((script) => !script.includes(` nonce="${nonce}"`)), `${path}: scripts without this answer's nonce`).toEqual([]);
    nonces.push(nonce);
  }
  expect(nonces[1], `${path}: a new nonce on every load`).not.toBe(nonces[0]);
}

for (const path of ["/", "/report-a-minor", "/sign-in", "/forgot-password", "/california-privacy-rights", "/your-privacy-choices", "/dev/mailbox", "/no-such-page"]) {
  test(`${path} has a Content-Security-Policy with a new nonce on every load, which its scripts carry`, async ({ request }) => {
    await expectNoncePolicy(request, path);
  });
}

test("a customer's and the console's pages have a nonce policy too", async ({ page, browser }) => {
  const customer = createCustomer("nonce");
  await signIn(page, customer.email, customer.password);
  for (const path of ["/account", "/account/choices", "/account/security"]) await expectNoncePolicy(page.context().request, path);
  const admin = await browser.newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  for (const path of ["/admin", "/admin/requests/new"]) await expectNoncePolicy(admin.context().request, path);
  await admin.close();
});

test("the policy pages are files whose policy lets no script run at all (decision 0020)", async ({ request }) => {
  for (const path of ["/privacy", "/privacy/versions", "/privacy/feed.xml"]) {
    const policy = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(policy, path).toContain("script-src 'none'");
    expect(policy, path).not.toContain("'nonce-");
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
