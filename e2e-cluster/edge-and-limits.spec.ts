import { expect, test } from "@playwright/test";
import { demoCustomers } from "../server/db/seed/demo-people";
import { instanceThatServed, proxyClient, readCluster } from "./support/cluster";
import { serveOnly } from "./support/proxy";

const jordan = demoCustomers[1]!;
const alex = demoCustomers[0]!;

test.beforeAll(async () => {
  await serveOnly(null);
});

test("wrong passwords sent to both instances count against one limit, whatever address each claims", async () => {
  const guesser = proxyClient();
  const { csrfToken } = JSON.parse((await guesser.request("/api/auth/csrf")).body) as { csrfToken: string };
  const attempt = (password: string, n: number) =>
    guesser.postForm("/api/auth/callback/credentials", { csrfToken, email: jordan.email, password }, { "x-forwarded-for": `198.51.100.${n}` });

  const served = new Set<string | undefined>();
  for (let n = 1; n <= 5; n++) {
    const refused = await attempt(`guess-${n}`, n);
    expect(refused.status).toBe(302);
    expect(refused.headers.location).toMatch(/\/sign-in\?error=CredentialsSignin&code=refused/);
    served.add(await instanceThatServed(refused.requestId));
  }
  expect([...served].sort(), "the proxy spread the attempts over both instances").toEqual(["a", "b"]);

  // The sixth, with the right password, from the same computer: refused by whichever instance gets it.
  const throttled = await attempt(jordan.password, 6);
  expect(throttled.status).toBe(429);
  expect(JSON.parse(throttled.body)).toMatchObject({ message: expect.stringMatching(/Too many attempts, try again in \d+ minutes/) });
});

test("a request that claims to be Next.js's own internal subrequest is treated as any other", async () => {
  const internalClaims = {
    "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware",
    "x-nextjs-data": "1",
    "x-invoke-path": "/account",
    "x-invoke-status": "200",
  };
  for (let n = 0; n < 2; n++) {
    const plain = await proxyClient().request("/account", { headers: { accept: "text/html" } });
    const claimed = await proxyClient().request("/account", { headers: { accept: "text/html", ...internalClaims } });
    expect(plain.status).toBe(307);
    expect(claimed.status, "still sent to sign in").toBe(plain.status);
    expect(claimed.headers.location).toBe(plain.headers.location);
  }

  // Signed in as a customer, the console stays hidden, with or without the claim.
  const customer = proxyClient();
  const { csrfToken } = JSON.parse((await customer.request("/api/auth/csrf")).body) as { csrfToken: string };
  const signedIn = await customer.postForm("/api/auth/callback/credentials", { csrfToken, email: alex.email, password: alex.password });
  expect(signedIn.status).toBe(302);
  expect(signedIn.headers.location, "back to the site the browser asked, not an instance's own address").toBe(new URL("/", readCluster().base).toString().replace(/\/$/, ""));
  // A customer at the console is sent to the not-found page (server/boundary/query.ts), with or without the claim.
  for (const headers of [{}, internalClaims]) {
    const consolePage = await customer.request("/admin", { headers: { accept: "text/html", ...headers } });
    expect(consolePage.status).toBe(307);
    expect(consolePage.headers.location).toBe("/not-found");
  }
});
