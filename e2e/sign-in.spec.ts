import { expect, test } from "@playwright/test";
import { demoCustomers } from "../server/db/seed/demo-people";
import { expectSoon } from "./support/expect-soon";
import { clientAt } from "./support/from-address";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { accountPageAnswers, expectSignInRefused, sessionCookieOf, signInThroughForm, testAccountsOfThisFile } from "./support/test-accounts";

const alex = demoCustomers[0]!;
const ownAccount = testAccountsOfThisFile();

const WRONG = /That email and password do not match/;

test("Alex signs in and lands on the account, signed in", async ({ page }) => {
  await page.goto("/account");
  await expectSoon(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await signInThroughForm(page, alex.email, alex.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("a wrong password and an unknown email get the same answer", async ({ page }) => {
  const account = ownAccount("wrong-password");
  await page.goto("/sign-in");
  await signInThroughForm(page, account.email, "not-the-password");
  await expectSignInRefused(page, WRONG);
  const wrongPasswordAnswer = await page.getByRole("main").getByRole("alert").textContent();

  await signInThroughForm(page, `nobody-${account.id}@example.com`, "not-the-password");
  await expectSignInRefused(page, new RegExp(`^${wrongPasswordAnswer}$`));
  await expectSoon(page).toHaveURL(/\/sign-in/);
  // The email typed stays in the form; the password does not.
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
});

test("repeated failures are throttled, even before the right password", async ({ page }) => {
  const account = ownAccount("throttled");
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInThroughForm(page, account.email, `wrong-${attempt}`);
    await expectSignInRefused(page, WRONG);
  }
  await signInThroughForm(page, account.email, account.password);
  await expectSignInRefused(page, /Too many attempts, try again in 15 minutes/);
  await expectSoon(page).toHaveURL(/\/sign-in/);
});

test("a stranger's wrong passwords, from another computer, slow the stranger and not the owner", async ({ page, baseURL }) => {
  const account = ownAccount("lockout-abuse");
  const stranger = clientAt(baseURL!);
  const { csrfToken } = JSON.parse((await stranger.get("/api/auth/csrf")).body) as { csrfToken: string };
  // Each try claims another address in X-Forwarded-For: the server counts by the connection, not the claim.
  const guess = (n: number) =>
    stranger.postForm("/api/auth/callback/credentials", { csrfToken, email: account.email, password: `guess-${n}` }, { "x-forwarded-for": `198.51.100.${n}` });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const refused = await guess(attempt);
    expect(refused.status).toBe(302);
    expect(refused.headers.location).toMatch(/\/sign-in\?error=CredentialsSignin&code=refused/);
  }
  const throttled = await guess(6);
  expect(throttled.status).toBe(429);
  expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
  expect(JSON.parse(throttled.body)).toMatchObject({ message: expect.stringMatching(/Too many attempts, try again in \d+ minutes/) });

  // The owner, at their own computer, signs in with the right password as usual.
  await page.goto("/sign-in");
  await signInThroughForm(page, account.email, account.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account");
});

test("the browser's scripts learn when the session ends, never the id of its row", async ({ page }) => {
  const account = ownAccount("session-endpoint");
  await page.goto("/sign-in");
  await signInThroughForm(page, account.email, account.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account");
  const session = (await (await page.request.get("/api/auth/session")).json()) as Record<string, unknown>;
  expect(Object.keys(session)).toEqual(["expires"]);
});

test("signing out ends the session: the old cookie is refused on the very next request", async ({ page, context, request }) => {
  const account = ownAccount("sign-out");
  await page.goto("/sign-in");
  await signInThroughForm(page, account.email, account.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account");
  const cookie = await sessionCookieOf(context);
  expect((await accountPageAnswers(request, cookie)).status).toBe(200);

  const signOut = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-out");
  await page.getByRole("button", { name: "Sign out" }).click();
  // The browser is asked to forget the signed-in pages it kept, and every cookie and storage of the site.
  expect((await (await signOut).allHeaders())["clear-site-data"]).toBe('"cache", "cookies", "storage"');
  await expectSoon(page).toHaveURL(/\/sign-in\?signed-out=1/);
  await expect(page.getByRole("complementary", { name: "You have signed out" })).toBeVisible();

  const replay = await accountPageAnswers(request, cookie);
  expect(replay.status).toBe(307);
  expect(replay.location).toMatch(/\/sign-in\?next=%2Faccount$/);
});

test("after signing in, the person goes back to the page they asked for, and never off the site", async ({ page }) => {
  await page.goto("/account/security");
  await expectSoon(page).toHaveURL(/\/sign-in\?next=%2Faccount%2Fsecurity$/);
  await signInThroughForm(page, alex.email, alex.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account/security");

  await page.context().clearCookies();
  await page.goto("/sign-in?next=https%3A%2F%2Fevil.example%2Faccount");
  await signInThroughForm(page, alex.email, alex.password);
  await expectSoon(page).toHaveURL((url) => url.host !== "evil.example" && url.pathname === "/account");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in, a wrong password and signing out all work as plain forms", async ({ page, context, request }) => {
    const account = ownAccount("no-js");
    await page.goto("/sign-in");
    await expectPageScriptsToHaveRun(page, false);
    await signInThroughForm(page, account.email, "not-the-password");
    await expectSignInRefused(page, WRONG);
    await expect(page.getByLabel("Email address")).toHaveValue(account.email);

    await signInThroughForm(page, account.email, account.password);
    await expectSoon(page).toHaveURL((url) => url.pathname === "/account");
    const cookie = await sessionCookieOf(context);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expectSoon(page).toHaveURL(/\/sign-in\?signed-out=1/);
    expect((await accountPageAnswers(request, cookie)).status).toBe(307);
  });
});
