import { expect, test } from "@playwright/test";
import { demoCustomers } from "../server/db/seed/demo-people";
import { expectSoon } from "./support/expect-soon";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import {
  accountPageAnswers,
  createTestAccount,
  expectSignInRefused,
  removeTestAccounts,
  sessionCookieOf,
  signInThroughForm,
  type TestAccount,
} from "./support/test-accounts";

const alex = demoCustomers[0]!;
const created: TestAccount[] = [];
const ownAccount = (label: string) => {
  const account = createTestAccount(label);
  created.push(account);
  return account;
};
test.afterAll(() => removeTestAccounts(created));

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

test("a throttled sign-in posted to the API is answered 429 with Retry-After", async ({ request }) => {
  const email = `api-throttle-${Date.now()}@example.com`;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const post = () => request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "wrong" }, maxRedirects: 0 });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const refused = await post();
    expect(refused.status()).toBe(302);
    expect(refused.headers()["location"]).toMatch(/\/sign-in\?error=CredentialsSignin&code=refused/);
  }
  const throttled = await post();
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await throttled.json()).toMatchObject({ message: expect.stringMatching(/Too many attempts, try again in \d+ minutes/) });
});

test("signing out ends the session: the old cookie is refused on the very next request", async ({ page, context, request }) => {
  const account = ownAccount("sign-out");
  await page.goto("/sign-in");
  await signInThroughForm(page, account.email, account.password);
  await expectSoon(page).toHaveURL((url) => url.pathname === "/account");
  const cookie = await sessionCookieOf(context);
  expect((await accountPageAnswers(request, cookie)).status).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
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
