import fs from "node:fs";
import { type Browser, type BrowserContext, expect, type Page, request, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { openEmail } from "./support/demo-mailbox";
import { expectSoon } from "./support/expect-soon";
import { takeStep } from "./support/request-steps";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { createTestAccount, removeTestAccounts, type TestAccount } from "./support/test-accounts";
import { expectNoAxeViolations } from "./support/axe";

const REFERENCE = /PR-[2-9A-Z]{4}-[2-9A-Z]{4}/;
const accounts: TestAccount[] = [];
test.afterAll(() => removeTestAccounts(accounts));


/** Signs in a customer of the test's own (so deletions touch nobody else) and opens "Your privacy requests". */
async function customerOnRequestsPage(page: Page, label: string): Promise<TestAccount> {
  const customer = createTestAccount(label);
  accounts.push(customer);
  await signIn(page, customer.email, customer.password);
  await page.goto("/account/requests");
  return customer;
}

/** Sends one of the request forms and returns the new request's reference from the page it lands on. */
async function sendRequest(page: Page, section: string, button: string, fill: (form: ReturnType<Page["getByRole"]>) => Promise<void>): Promise<string> {
  const form = page.getByRole("region", { name: section });
  await fill(form);
  await form.getByRole("button", { name: button }).click();
  await page.waitForURL(/\/account\/requests\/PR-/, { timeout: 20_000 });
  return page.url().match(REFERENCE)![0];
}

async function administratorOn(browser: Browser, reference: string): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  await admin.goto(`/admin/requests/${reference}`);
  return admin;
}

/** Runs one of the steps on a request's page in the console and waits for the page to say it was done. */
const act = takeStep;

// One request followed from asking to the audit log, in steps that each fit well inside their time limit.
test.describe("a copy of one's information, asked for and answered", () => {
  test.describe.configure({ mode: "serial" });
  let customer: TestAccount;
  let reference: string;

  test("the customer asks for a copy: a wrong password makes nothing, the right one makes the request", async ({ page }) => {
    customer = await customerOnRequestsPage(page, "access");
    await expect(page.getByRole("heading", { level: 1, name: "Your privacy requests" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A wrong password refuses the request and makes nothing.
    const access = page.getByRole("region", { name: "Ask for a copy of your information" });
    await access.getByLabel("Your password").fill("not-my-password");
    await access.getByRole("button", { name: "Ask for a copy" }).click();
    await expectSoon(access.getByRole("alert")).toContainText("we could not confirm it is you");
    await expect(access.getByText("That is not your current password.")).toBeVisible();

    reference = await sendRequest(page, "Ask for a copy of your information", "Ask for a copy", (form) => form.getByLabel("Your password").fill(customer.password));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
    await expect(page.getByText("We will answer by")).toBeVisible();
    await expect(page.getByRole("complementary", { name: "We received your request" })).toBeVisible();
    // The confirmation takes focus, so a screen reader says the request went through.
    await expect(page.getByRole("status").filter({ has: page.getByRole("complementary", { name: "We received your request" }) })).toBeFocused();
    // The title streams in after the page's body (Next.js streams metadata of dynamic pages).
    await expect(page).toHaveTitle(new RegExp(reference));
    await expectNoAxeViolations(page);
  });

  test("the administrator opens the customer's records on purpose, verifies and completes it", async ({ browser }) => {
    const admin = await administratorOn(browser, reference);
    await expect(admin.getByRole("heading", { level: 1 })).toContainText(reference);
    await expect(admin.getByText("Not verified yet")).toBeVisible();
    await expectNoAxeViolations(admin);

    // Staff open the customer's records on purpose, and the view is audited.
    await admin.getByRole("link", { name: "Show the customer’s records" }).click();
    await expect(admin.getByText("This view was recorded in the audit log.")).toBeVisible();
    await expect(admin.getByRole("main")).toContainText(customer.email);

    await expect(admin.getByRole("form", { name: "Verify the requester" }).getByLabel("How you verified their identity")).toHaveValue(/re-entered their password/);
    await act(admin, "Verify the requester", "Mark as verified", {}, /Marked as verified/);
    await act(admin, "Complete the request", "Complete the request and send the answer", { "Answer to the requester": "Here is your copy <b>as asked</b>." }, /Completed/);
    await expect(admin.getByRole("main")).toContainText("Completed");

    // The audit log holds the view of the records and each step, searchable by customer.
    await admin.goto(`/admin/audit?customer=${encodeURIComponent(customer.email)}`);
    for (const action of ["Asked for a copy of their information", "Viewed the customer’s records", "Verified the requester’s identity", "Completed the request and sent the answer"]) {
      await expect(admin.getByRole("main")).toContainText(action);
    }
    await admin.context().close();
  });

  test("the customer reads the answer, downloads the copy, and was emailed at every step", async ({ page }) => {
    await signIn(page, customer.email, customer.password);
    await page.goto(`/account/requests/${reference}`);
    // The answer shows as text, not markup.
    await expect(page.getByRole("main")).toContainText("Here is your copy <b>as asked</b>.");
    await expect(page.getByText("Answered", { exact: true })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download your copy (JSON)" }).click()]);
    const copy = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(copy.format).toBe("phone.com-privacy-data/2");
    const personal = copy.categories.find((category: { id: string }) => category.id === "personal-information");
    expect(personal.records.email).toBe(customer.email);

    await openEmail(page, customer.email, new RegExp(`We received your request for a copy of your information \\(${reference}\\)`));
    await openEmail(page, customer.email, new RegExp(`\\(${reference}\\): we verified your identity`));
    const ready = await openEmail(page, customer.email, new RegExp(`\\(${reference}\\): your copy is ready`));
    await expect(ready).toContainText(`/account/requests/${reference}`);
  });
});

test("a deletion needs a fresh sign-in, can be extended once with notice, and says what was kept", async ({ page, browser }) => {
  test.slow(); // a long journey: about 20–35 s on a quiet 2-core machine
  const customer = await customerOnRequestsPage(page, "deletion");
  const deletion = page.getByRole("region", { name: "Ask us to delete your information" });
  // The page says up front what cannot be deleted.
  await expect(deletion).toContainText("Your date of birth");
  await expect(deletion).toContainText("cannot be deleted");

  await deletion.getByLabel("Your password").fill(customer.password);
  await deletion.getByRole("button", { name: "Ask us to delete my information" }).click();
  await expectSoon(deletion.getByRole("alert")).toContainText("Please correct the highlighted fields.");
  await expect(deletion.getByText("Tick the box to confirm you have read what will be deleted and what will be kept.")).toBeVisible();

  const reference = await sendRequest(page, "Ask us to delete your information", "Ask us to delete my information", async (form) => {
    await form.getByLabel("I have read what will be deleted and what will be kept.").check();
    await form.getByLabel("Your password").fill(customer.password);
  });

  const admin = await administratorOn(browser, reference);
  await act(admin, "Verify the requester", "Mark as verified", {}, /Marked as verified/);
  await act(admin, "Start work", "Mark as in progress", {}, /Marked as in progress/);
  await openEmail(page, customer.email, new RegExp(`\\(${reference}\\): we are working on it`));
  await act(admin, "Extend the deadline", "Extend by 45 days", { "Reason for the extension": "Records from an <i>old</i> system must be checked by hand." }, /Extended/);
  // Once only: the form is gone.
  await expect(admin.getByRole("form", { name: "Extend the deadline" })).toHaveCount(0);

  const extension = await openEmail(page, customer.email, new RegExp(`\\(${reference}\\): we will answer by`));
  await expect(extension).toContainText("Records from an <i>old</i> system must be checked by hand.");
  await page.goto(`/account/requests/${reference}`);
  await expect(page.getByRole("main")).toContainText("(extended: see the timeline for why)");

  await act(admin, "Complete the request", "Complete the request and send the answer", { "Answer to the requester": "Your information has been deleted." }, /Completed/);
  await admin.context().close();

  await page.reload();
  const main = page.getByRole("main");
  await expect(main).toContainText("We deleted:");
  await expect(main).toContainText("We kept, and why:");
  await expect(main).toContainText("Your date of birth");
  await openEmail(page, customer.email, new RegExp(`\\(${reference}\\): we deleted your information`));
});

test("a denial gives the reason and a contact person, by email and on the request's page", async ({ page, browser }) => {
  test.slow(); // a long journey: about 20–35 s on a quiet 2-core machine
  const customer = await customerOnRequestsPage(page, "denial");
  const reference = await sendRequest(page, "Ask us to correct something", "Send correction request", async (form) => {
    await form.getByRole("radio", { name: "Customer Proprietary Network Information (CPNI)" }).check();
    await form.getByLabel("What is wrong, and what should it say?").fill("My plan says Basic; it is <script>alert(1)</script> Pro.");
  });
  const admin = await administratorOn(browser, reference);
  await expect(admin.getByRole("main")).toContainText("My plan says Basic; it is <script>alert(1)</script> Pro.");
  // Without verification there is nothing to complete yet.
  await expect(admin.getByRole("form", { name: "Complete the request" })).toHaveCount(0);
  await act(admin, "Deny the request", "Deny the request and send the reason", { "Reason for the denial": "We could not verify your identity.", "Contact person": "Dana Whitfield, Privacy Administrator" }, /Denied/);
  await admin.context().close();

  const denial = await openEmail(page, customer.email, new RegExp(`\\(${reference}\\): we cannot fulfil it`));
  await expect(denial).toContainText("We could not verify your identity.");
  await expect(denial).toContainText("Dana Whitfield, Privacy Administrator");
  await page.goto(`/account/requests/${reference}`);
  await expect(page.getByRole("main")).toContainText("Denied");
  await expect(page.getByRole("main")).toContainText("Dana Whitfield, Privacy Administrator");
});

/**
 * Posts a form with a browser context's cookies from a request context of its
 * own: a fresh connection, since the server may have closed an idle kept-alive one.
 */
async function postForm(context: BrowserContext, path: string, fields: Record<string, string>) {
  const api = await request.newContext({ baseURL: test.info().project.use.baseURL, storageState: await context.storageState() });
  try {
    const response = await api.post(path, { multipart: fields, maxRedirects: 0 });
    return { status: () => response.status() };
  } finally {
    await api.dispose();
  }
}

test("customer A cannot see customer B's requests, nor act as an administrator on them", async ({ page, browser }) => {
  test.slow(); // a long journey: about 20–35 s on a quiet 2-core machine
  const owner = await customerOnRequestsPage(page, "owner");
  const reference = await sendRequest(page, "Ask for a copy of your information", "Ask for a copy", (form) => form.getByLabel("Your password").fill(owner.password));

  // The administrator's console holds a form whose server action a customer might try to call directly.
  const admin = await administratorOn(browser, reference);
  // The console's verify form, as the administrator's browser gets it: its hidden fields name the server action.
  const adminHtml = await (await admin.request.get(`/admin/requests/${reference}`)).text();
  const verifyForm = adminHtml.match(/aria-labelledby="action-verify-heading"[\s\S]*?<\/form>/)?.[0] ?? "";
  const hidden = Object.fromEntries(
    [...verifyForm.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(([, name, value]) => [name!, (value ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")]),
  );
  expect(Object.keys(hidden).some((name) => name.startsWith("$ACTION_")), "the console's forms post to a server action").toBe(true);

  const other = await browser.newContext();
  const intruder = await other.newPage();
  const stranger = createTestAccount("stranger");
  accounts.push(stranger);
  await signIn(intruder, stranger.email, stranger.password);
  await intruder.goto("/account/requests");
  await expect(intruder.getByRole("main")).not.toContainText(reference);
  const statusPage = await intruder.goto(`/account/requests/${reference}`);
  expect(statusPage?.status()).toBe(404);
  const download = await intruder.request.get(`/account/requests/${reference}/download`);
  expect(download.status()).toBe(404);

  // A customer replays that form with their own session: the action checks the role itself and refuses.
  const forged = await postForm(other, `/admin/requests/${reference}`, { ...hidden, method: "I say so" });
  expect(forged.status()).toBe(404);
  await admin.reload();
  await expect(admin.getByText("Not verified yet")).toBeVisible();
  // The very same post from the administrator's session does verify it: the refusal above was the role check.
  const genuine = await postForm(admin.context(), `/admin/requests/${reference}`, { ...hidden, method: "Checked by phone" });
  expect(genuine.status()).toBe(303);
  await admin.reload();
  await expect(admin.getByText("Not verified yet")).toHaveCount(0);
  await other.close();
  await admin.context().close();
});

test("the signed-in customer's request forms carry no field only bots fill in, so nothing unlabelled is read out", async ({ page }) => {
  // The honeypot is for the public forms (e2e/report-a-minor.spec.ts, e2e/california-privacy-rights.spec.ts); these ask for a sign-in first.
  await customerOnRequestsPage(page, "honeypot");
  await expect(page.getByRole("button", { name: "Send correction request" })).toBeVisible();
  await expect(page.locator('input[name="website"]')).toHaveCount(0);
  expect(await page.getByRole("main").ariaSnapshot()).not.toContain("Leave this field empty");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a correction request keeps what was typed when refused, and is sent to its own page", async ({ page }) => {
    await customerOnRequestsPage(page, "nojs");
    const correction = page.getByRole("region", { name: "Ask us to correct something" });
    await correction.getByLabel("What is wrong, and what should it say?").fill("My <em>street</em> is misspelled.");
    await correction.getByRole("button", { name: "Send correction request" }).click();
    const refused = page.getByRole("region", { name: "Ask us to correct something" });
    await expect(refused.getByText("Choose which kind of information is wrong.")).toBeVisible();
    await expect(refused.getByLabel("What is wrong, and what should it say?")).toHaveValue("My <em>street</em> is misspelled.");

    await refused.getByRole("radio", { name: "Personal Information", exact: true }).check();
    await refused.getByRole("button", { name: "Send correction request" }).click();
    await page.waitForURL(/\/account\/requests\/PR-/);
    await expect(page.getByRole("main")).toContainText("We received your request to correct your information.");
    await expect(page.getByRole("main")).toContainText("We will answer by");
  });
});
