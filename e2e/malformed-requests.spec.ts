import http from "node:http";
import { type APIRequestContext, type APIResponse, type Browser, expect, type Page, test } from "@playwright/test";
import { choices } from "../content/choices";
import { actionCallHeaders, listServerActions, serverActionNamed } from "./support/server-actions";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { createTestAccount, removeTestAccounts, type TestAccount } from "./support/test-accounts";

/**
 * What someone gets for a request no page of ours sends: a tampered form, a
 * script calling a Server Action with something other than a form, a form from
 * another website, a body that is too large or broken, an address that does
 * not decode. Each is a 4xx in our words, changes nothing, and leaves no error
 * in the server log (the global teardown, e2e/support/check-server-log.ts, fails
 * the run on one). The headers every answer carries are in security-headers.spec.ts.
 */

const created: TestAccount[] = [];
test.afterAll(() => removeTestAccounts(created));

const admin = { email: "privacy.admin@example.com", password: "privacy-demo-admin" };
const choicesPath = "/account/choices";
const cookies = choices.find((choice) => choice.key === "advertising-cookies")!;

async function customerPage(browser: Browser, label: string, javaScriptEnabled = true): Promise<Page> {
  const account = createTestAccount(`malformed-${label}`);
  created.push(account);
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(page, account.email, account.password);
  return page;
}

async function expectNoChoiceChanged(page: Page) {
  await page.goto(choicesPath);
  await expect(page.getByText("No changes yet")).toBeVisible();
}

function expectOurPage(page: Page) {
  return Promise.all([
    expect(page.getByRole("banner").getByRole("link", { name: "Phone.com Privacy Center" })).toBeVisible(),
    expect(page.getByRole("contentinfo")).toContainText("Privacy Administrator"),
  ]);
}

test.describe("a tampered form", () => {
  test("a choice that does not exist, sent without JavaScript, is answered 404 on the site's page and changes nothing", async ({ browser }) => {
    const page = await customerPage(browser, "tampered", false);
    await page.goto(choicesPath);
    const form = page.locator("form").filter({ has: page.getByRole("checkbox", { name: cookies.title, exact: true }) });
    await form.locator('input[name="choiceKey"]').evaluate((input: HTMLInputElement) => (input.value = "sell-everything"));
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      form.getByRole("button", { name: `Save “${cookies.title}”` }).click(),
    ]);

    expect(answer.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expectOurPage(page);
    await expectNoChoiceChanged(page);
  });
});

test.describe("a Server Action called with something other than a form", () => {
  // What a script can send instead of a form: no argument, a string, a plain object (after a form state).
  const notForms = ["[]", '["not a form"]', '[{},{"choiceKey":"sell-everything","value":"on"}]'];

  async function callEveryAction(request: APIRequestContext, origin: string, skip: string[] = []) {
    const answers: string[] = [];
    for (const action of listServerActions().filter((candidate) => !skip.includes(candidate.name))) {
      for (const data of notForms) {
        const response = await request.post(action.pagePath, { headers: actionCallHeaders(action, origin), data, maxRedirects: 0 });
        answers.push(`${action.name} ${data} → ${response.status()}`);
      }
    }
    return answers;
  }

  test("every action answers with a 4xx or its usual redirect, never a 500: signed out, as a customer and as the Privacy Administrator", async ({ browser, request, baseURL }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;
    const serverErrors = (answers: string[]) => answers.filter((answer) => / → 5\d\d$/.test(answer));

    expect(serverErrors(await callEveryAction(request, origin))).toEqual([]);
    // Signed in, each action gets past its session check to its input. Signing out would end the session the calls use.
    const customer = await customerPage(browser, "not-a-form");
    expect(serverErrors(await callEveryAction(customer.request, origin, ["signOutAction"]))).toEqual([]);
    const adminPage = await (await browser.newContext()).newPage();
    await signInAsAdministrator(adminPage, admin);
    expect(serverErrors(await callEveryAction(adminPage.request, origin, ["signOutAction"]))).toEqual([]);

    await expectNoChoiceChanged(customer);
  });

  test("a form's action answers 404, as for a form that does not exist", async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    for (const name of ["signInAction", "submitCaliforniaRequestAction", "submitMinorReportAction", "requestPasswordResetAction"]) {
      const action = serverActionNamed(name);
      const response = await request.post(action.pagePath, { headers: actionCallHeaders(action, origin), data: '[{},"not a form"]' });
      expect(response.status(), name).toBe(404);
    }
  });
});

test.describe("a form from another website", () => {
  test("posted by a browser, it is refused 403 with a page in our words, and changes nothing", async ({ browser, baseURL }) => {
    const customer = await customerPage(browser, "cross-site");
    const save = serverActionNamed("saveChoiceAction");
    const attacker = "https://attacker.example";
    const lure = await customer.context().newPage();
    await lure.route(`${attacker}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body:
          `<!doctype html><title>Win a phone</title><form method="post" enctype="multipart/form-data" action="${baseURL}${choicesPath}">` +
          `<input type="hidden" name="$ACTION_ID_${save.id}"><input type="hidden" name="choiceKey" value="${cookies.key}">` +
          `<button>Claim your prize</button></form>`,
      }),
    );
    await lure.goto(`${attacker}/prize`);
    const [answer] = await Promise.all([
      lure.waitForResponse((response) => response.url().endsWith(choicesPath)),
      lure.getByRole("button", { name: "Claim your prize" }).click(),
    ]);

    expect(answer.status()).toBe(403);
    await expect(lure.getByRole("heading", { level: 1 })).toHaveText("This form came from another website");
    await expect(lure.getByRole("main")).toContainText("Nothing was changed.");
    await expectNoChoiceChanged(customer);
  });

  test("called by a script, with any Origin that is not the site's, it is refused 403 in plain words", async ({ request, baseURL }) => {
    const action = serverActionNamed("signInAction");
    for (const origin of ["https://attacker.example", "null", "not a URL", new URL(baseURL!).origin.replace("127.0.0.1", "localhost")]) {
      const call = await request.post(action.pagePath, { headers: actionCallHeaders(action, origin), data: '["$undefined"]' });
      expect(call.status(), origin).toBe(403);
      expect(call.headers()["content-type"]).toMatch(/^text\/plain/);
      expect(await call.text()).toContain("The form was sent from a page that is not part of the Privacy Center");
      const form = await request.post(action.pagePath, { headers: { origin }, multipart: { [`$ACTION_ID_${action.id}`]: "", email: "a@example.com" } });
      expect(form.status(), origin).toBe(403);
    }
  });
});

test.describe("a body no form of ours sends", () => {
  const overLimit = "x".repeat(1024 * 1024 + 1);

  test("over 1 MB it is refused 413, whether it says its length or not", async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const action = serverActionNamed("submitCaliforniaRequestAction");
    const form = await request.post(action.pagePath, { headers: { origin, accept: "text/html" }, multipart: { [`$ACTION_ID_${action.id}`]: "", details: overLimit } });
    expect(form.status()).toBe(413);
    expect(await form.text()).toContain("This form sent too much");
    const call = await request.post(action.pagePath, { headers: actionCallHeaders(action, origin), data: `["${overLimit}"]` });
    expect(call.status()).toBe(413);

    // Sent in chunks, without a Content-Length, it is counted as it arrives.
    const chunked = await postChunked(new URL(action.pagePath, baseURL), actionCallHeaders(action, origin), `["${overLimit}"]`);
    expect(chunked.status).toBe(413);
  });

  test("JSON, a broken multipart body or arguments React never sends are refused with a 4xx, with and without Next-Action", async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const action = serverActionNamed("signInAction");
    const expectRefused = async (response: APIResponse, status: number) => {
      expect(response.status()).toBe(status);
      expect(await response.text()).toMatch(/we did not accept it\. Nothing was changed\./);
    };

    await expectRefused(await request.post(action.pagePath, { headers: { ...actionCallHeaders(action, origin), "content-type": "application/json" }, data: '{"email":"a@example.com"}' }), 415);
    await expectRefused(await request.post(action.pagePath, { headers: actionCallHeaders(action, origin), data: '{"email":"a@example.com"}' }), 400);
    await expectRefused(await request.post(action.pagePath, { headers: actionCallHeaders(action, origin), data: "not json" }), 400);

    const broken = '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$undefined"]';
    const brokenMultipart = { "content-type": "multipart/form-data; boundary=xyz" };
    await expectRefused(await request.post(action.pagePath, { headers: { ...actionCallHeaders(action, origin), ...brokenMultipart }, data: broken }), 400);
    await expectRefused(await request.post(action.pagePath, { headers: { origin, ...brokenMultipart }, data: broken }), 400);
    // A form posted without JavaScript that names no action.
    await expectRefused(await request.post(action.pagePath, { headers: { origin }, multipart: { email: "a@example.com" } }), 400);
    // A well-formed multipart call whose argument list is not one.
    await expectRefused(await request.post(action.pagePath, { headers: actionCallHeaders(action, origin, { multipart: true }), multipart: { "0": "{}" } }), 400);
  });
});

test.describe("an address that does not decode", () => {
  for (const path of ["/requests/%E0%A4%A?key=x", "/unsubscribe/%E0%A4%A", "/privacy/versions/%C3%28", "/privacy/compare/%E0...2026-11-20", "/admin/requests/100%"]) {
    test(`${path} is answered 404 on the site's not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
      await expectOurPage(page);
    });
  }

  test("signed in, too", async ({ browser }) => {
    const page = await customerPage(browser, "undecodable");
    const response = await page.goto("/account/requests/%E0%A4%A");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  });

  test("a one-click unsubscribe to it is refused 400 in a line of text", async ({ request }) => {
    for (const response of [
      await request.post("/api/unsubscribe/%E0%A4%A", { form: { "List-Unsubscribe": "One-Click" } }),
      await request.get("/api/unsubscribe/%E0%A4%A", { maxRedirects: 0 }),
    ]) {
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
      expect(await response.text()).toBe("The address is damaged (its percent-encoding does not decode), so it names nothing here. Nothing was changed.\n");
    }
  });
});

/** A POST sent in chunks (Transfer-Encoding: chunked), without a Content-Length; Playwright always sends one. */
function postChunked(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: "POST", headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0 });
    });
    outgoing.on("error", reject);
    for (let start = 0; start < body.length; start += 64 * 1024) outgoing.write(body.slice(start, start + 64 * 1024));
    outgoing.end();
  });
}
