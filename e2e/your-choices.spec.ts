import { type APIRequestContext, type APIResponse, type Browser, type BrowserContextOptions, expect, type Page, test } from "@playwright/test";
import { choices } from "../content/choices";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { actionCallHeaders, serverActionNamed } from "./support/server-actions";
import { signIn } from "./support/sign-in";
import { type TestAccount, testAccountsOfThisFile } from "./support/test-accounts";
import { expectNoAxeViolations } from "./support/axe";
import { openEmail } from "./support/demo-mailbox";
import { demoCustomers } from "../server/db/seed/demo-people";

const choicesPath = "/account/choices";

type TestCustomer = TestAccount;

/**
 * A customer of the test's own, so that each journey starts from the default
 * choices whatever ran before (a copy of Jordan, removed after the tests).
 */
const createCustomer: (label: string) => TestCustomer = testAccountsOfThisFile("choices-");

async function signedInPage(browser: Browser, customer: TestCustomer, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, customer.email, customer.password);
  await openChoices(page, options.javaScriptEnabled !== false);
  return page;
}

/** Opens the page and, with JavaScript, waits until the toggles save themselves (their Save buttons hide). */
async function openChoices(page: Page, javaScriptEnabled = true) {
  await page.goto(choicesPath);
  if (javaScriptEnabled) await expect(page.getByRole("button", { name: /^Save “/ })).toHaveCount(0);
}

/**
 * Calls saveChoiceAction, the one action a choice is saved by (the no-JavaScript form posts to it, the
 * toggle calls it), the way React (19.2) calls a Server Action with a form: the form's fields under
 * "_1_", and the argument list (the previous form state, then the form) in "0". With `request`'s cookies.
 */
async function callSaveChoice(request: APIRequestContext, baseURL: string, fields: Record<string, string>, path = choicesPath): Promise<APIResponse> {
  const action = serverActionNamed("saveChoiceAction");
  // In React's order, the form's fields first: the argument list is decoded as soon as it arrives.
  // (A FormData keeps that order; an object would put "0" first.)
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, value);
  multipart.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  return request.post(path, { headers: actionCallHeaders(action, new URL(baseURL).origin, { multipart: true }), multipart, maxRedirects: 0 });
}

const onOff = (value: boolean) => (value ? "On" : "Off");
const checkboxFor = (page: Page, title: string) => page.getByRole("checkbox", { name: title, exact: true });
const historyRows = (page: Page, title: string) =>
  page.getByRole("table", { name: /Changes of your choices/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: title, exact: true }) });
const gpcNotice = (page: Page) => page.getByRole("complementary", { name: "Global Privacy Control" });
const sharing = choices.find((choice) => choice.key === "share-with-advertisers")!;
const cookies = choices.find((choice) => choice.key === "advertising-cookies")!;

test.describe("Your choices", () => {
  // Whole journeys, several sign-ins and round trips each (up to about 25 s on a quiet 2-core machine): marked slow.
  test.describe.configure({ timeout: 180_000 });

  test("with JavaScript each choice saves at once from the keyboard, and the history shows what, how and under which policy", async ({ browser }) => {
    const page = await signedInPage(browser, createCustomer("js"));
    await expectPageScriptsToHaveRun(page, true);
    await expect(page.getByRole("heading", { level: 1, name: "Your choices" })).toBeVisible();
    await expect(page.getByText("No changes yet")).toBeVisible();

    for (const choice of choices) {
      const checkbox = checkboxFor(page, choice.title);
      await expect(checkbox).toBeChecked({ checked: choice.defaultValue });
      await checkbox.press("Space");
      await expect(checkbox).toBeChecked({ checked: !choice.defaultValue });
      await expect(page.getByText(`Saved: “${choice.title}” is now ${onOff(!choice.defaultValue).toLowerCase()}.`)).toBeVisible();
      const row = historyRows(page, choice.title);
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(`${onOff(choice.defaultValue)} → ${onOff(!choice.defaultValue)}`);
      await expect(row).toContainText("Dashboard");
      await expect(row.getByRole("link", { name: "2026-11-20" })).toHaveAttribute("href", "/privacy/versions/2026-11-20");
    }

    // Each choice links to the policy section that grants it; administrative email is explained, not offered.
    for (const choice of choices) {
      await expect(page.getByRole("link", { name: `Policy: ${choice.policy.label}` }).first()).toHaveAttribute("href", `/privacy#${choice.policy.anchor}`);
    }
    await expect(page.getByText("By law, such messages are not considered to be commercial email.")).toBeVisible();

    // The values survive a reload: they came from the server, not the browser's cache.
    await openChoices(page);
    for (const choice of choices) await expect(checkboxFor(page, choice.title)).toBeChecked({ checked: !choice.defaultValue });
  });

  test("without JavaScript the same choice is a plain form that saves", async ({ browser }) => {
    const page = await signedInPage(browser, createCustomer("no-js"), { javaScriptEnabled: false });
    await expectPageScriptsToHaveRun(page, false);
    const title = "Promotional email from Phone.com";
    await checkboxFor(page, title).uncheck();
    await page.getByRole("button", { name: `Save “${title}”` }).click();

    // Back at that choice, which says what was saved.
    await expect(page).toHaveURL(new RegExp(`${choicesPath}#choice-form-promotional-email$`));
    const saved = page.getByRole("status").filter({ hasText: `Saved: “${title}” is now off.` });
    await expect(saved).toBeVisible();
    await expect(saved).toBeInViewport();
    await expect(checkboxFor(page, title)).not.toBeChecked();
    await expect(historyRows(page, title)).toContainText(["On → Off"]);
    await expect(historyRows(page, title)).toContainText(["Dashboard"]);
  });

  test("a Global Privacy Control signal turns off sharing with Advertisers and advertising cookies, once, and says so", async ({ browser }) => {
    const page = await signedInPage(browser, createCustomer("gpc"), { extraHTTPHeaders: { "Sec-GPC": "1" } });
    await expect(gpcNotice(page)).toContainText(
      "Your browser sent a Global Privacy Control signal. We treat it as your request to opt out of sharing: sharing with Advertisers for their direct marketing and advertising cookies are off for your account.",
    );
    // Nothing to ask: the customer had never turned them on themselves.
    await expect(page.getByRole("group")).toHaveCount(0);
    for (const choice of choices) await expect(checkboxFor(page, choice.title)).toBeChecked({ checked: choice.defaultValue && !choice.turnedOffByGpc });
    for (const choice of [sharing, cookies]) {
      await expect(historyRows(page, choice.title)).toHaveCount(1);
      await expect(historyRows(page, choice.title)).toContainText(["On → Off"]);
      await expect(historyRows(page, choice.title)).toContainText(["Global Privacy Control"]);
    }
    // Reloading with the signal records nothing more.
    await page.reload();
    await expect(gpcNotice(page)).toBeVisible();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
  });

  test("a signal after a dashboard opt-in turns the choice off first, says so, and lets the customer turn it back on or keep it off", async ({ browser }) => {
    test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
    const customer = createCustomer("conflict");
    // Without the signal: turn sharing and advertising cookies off and on again, opt-ins made on the dashboard.
    const withoutSignal = await signedInPage(browser, customer);
    for (const choice of [sharing, cookies]) {
      await checkboxFor(withoutSignal, choice.title).click();
      await expect(withoutSignal.getByText(`Saved: “${choice.title}” is now off.`)).toBeVisible();
      await checkboxFor(withoutSignal, choice.title).click();
      await expect(withoutSignal.getByText(`Saved: “${choice.title}” is now on.`)).toBeVisible();
    }

    const page = await (await browser.newContext({ storageState: await withoutSignal.context().storageState(), extraHTTPHeaders: { "Sec-GPC": "1" } })).newPage();
    await openChoices(page);
    // The signal is processed first (CCPA regs §7025(c)(3)): both are off, and recorded so.
    for (const choice of [sharing, cookies]) {
      await expect(checkboxFor(page, choice.title)).not.toBeChecked();
      await expect(historyRows(page, choice.title).first()).toContainText("On → Off");
      await expect(historyRows(page, choice.title).first()).toContainText("Global Privacy Control");
    }
    await expect(gpcNotice(page)).toContainText("sharing with Advertisers for their direct marketing and advertising cookies are off for your account");
    const sharingPrompt = gpcNotice(page).getByRole("group", { name: sharing.title });
    const cookiesPrompt = gpcNotice(page).getByRole("group", { name: cookies.title });
    await expect(sharingPrompt).toContainText("You had turned this on in the Privacy Center, but the signal asks us not to share, so we have turned it off.");
    await expect(cookiesPrompt).toBeVisible();

    // Turning it back on is the customer's new choice, recorded with its own method; the signal leaves it on after that.
    await sharingPrompt.getByRole("button", { name: "Turn it back on" }).click();
    await expect(sharingPrompt).toHaveCount(0);
    await expect(checkboxFor(page, sharing.title)).toBeChecked();
    await expect(historyRows(page, sharing.title).first()).toContainText("Off → On");
    await expect(historyRows(page, sharing.title).first()).toContainText("Your consent despite Global Privacy Control");
    await expect(gpcNotice(page)).toContainText("You turned sharing with Advertisers for their direct marketing back on yourself after the signal");

    // "Keep it off" is recorded once, and not asked again.
    await cookiesPrompt.getByRole("button", { name: "Keep it off" }).click();
    await expect(cookiesPrompt).toHaveCount(0);
    await expect(historyRows(page, cookies.title).first()).toContainText("Global Privacy Control (you kept it off)");
    await openChoices(page);
    await expect(gpcNotice(page).getByRole("group")).toHaveCount(0);
    await expect(checkboxFor(page, sharing.title)).toBeChecked();
    await expect(checkboxFor(page, cookies.title)).not.toBeChecked();
    await expect(historyRows(page, sharing.title)).toHaveCount(4);
    await expect(historyRows(page, cookies.title)).toHaveCount(4);
  });

  test("the CPNI notice is on the page and in the mailbox, approval waits 30 days, and the notices the law requires cannot be turned off", async ({ browser }) => {
    test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
    // Alex was seeded before the server's notice job ran at start: the notice was emailed then.
    const alex = demoCustomers[0]!;
    const page = await (await browser.newContext()).newPage();
    await signIn(page, alex.email, alex.password);
    await openChoices(page);
    const notice = page.getByRole("region", { name: "Your rights over your Customer Proprietary Network Information (CPNI)" });
    await expect(notice).toContainText("You have a right, and Phone.com has a duty, under federal law, to protect the confidentiality");
    await expect(notice).toContainText("Denying or withdrawing approval will not affect the provision of any services to which you subscribe");
    // The demo has no mail server: the notice waits in the outbox (shown as the mailbox), and its 30 days start only once it is delivered.
    await expect(notice).toContainText(/Where you stand: We emailed you this notice on .+; it has not been delivered yet\. We do not use your CPNI for offers until 30 days after it is, and not at all if you say no/);

    const required = page.getByRole("region", { name: "Email you cannot turn off" });
    for (const title of ["Before we share information we already hold with Advertisers", "A material change to our privacy policy", "Your rights over your CPNI"]) {
      await expect(required.getByRole("listitem").filter({ hasText: title })).toBeVisible();
    }
    await expect(checkboxFor(page, "Email when our privacy policy changes")).toHaveCount(0);

    const email = await openEmail(page, alex.email, /Notice of your rights over your CPNI/);
    await expect(email).toContainText("30 days after you have had this notice: counted from the day we email it to you, or from the third day after we post it to you.");

    // A customer who joined after the job's run has had no notice yet: no CPNI is used for them.
    const newcomer = await signedInPage(browser, createCustomer("cpni"));
    await expect(newcomer.getByRole("region", { name: /CPNI/ }).first()).toContainText("We have not sent you this notice yet.");
  });

  test("the action refuses a tampered form, and a refused toggle rolls back and says why", async ({ browser, baseURL }) => {
    const page = await signedInPage(browser, createCustomer("refused"));
    const unknown = await callSaveChoice(page.request, baseURL!, { choiceKey: "sell-everything", value: "on" });
    expect(unknown.status()).toBe(404);
    const notOn = await callSaveChoice(page.request, baseURL!, { choiceKey: cookies.key, value: "no" });
    expect(await notOn.text()).toContain("The value must be “on”, or left out for off.");

    // The toggle's call to the action is held, to see the optimistic value, then refused by the server:
    // the form was tampered with to name a customer.
    const form = page.locator("form").filter({ has: checkboxFor(page, cookies.title) });
    await form.evaluate((element) => {
      const input = Object.assign(document.createElement("input"), { type: "hidden", name: "customerId", value: "someone-else" });
      element.append(input);
    });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${choicesPath}`, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await released;
      await route.continue();
    });
    const checkbox = checkboxFor(page, cookies.title);
    await checkbox.click();
    await expect(checkbox).not.toBeChecked(); // optimistic
    release();
    await expect(checkbox).toBeChecked(); // rolled back
    await expect(page.getByRole("alert").filter({ hasText: "We could not change" })).toHaveText(
      `We could not change “${cookies.title}”: The form sent something we did not expect. Please reload the page and try again. It is still on.`,
    );

    // A call that never reaches the server rolls back too.
    await page.unroute(`**${choicesPath}`);
    await form.locator('input[name="customerId"]').evaluate((input) => input.remove());
    await page.route(`**${choicesPath}`, (route) => (route.request().method() === "POST" ? route.abort("connectionfailed") : route.continue()));
    await checkbox.click();
    await expect(page.getByRole("alert").filter({ hasText: "We could not change" })).toHaveText(
      `We could not change “${cookies.title}”: We could not reach the server. Check your connection and try again. It is still on.`,
    );
    await expect(checkbox).toBeChecked();
    await page.unroute(`**${choicesPath}`);

    await page.reload();
    await expect(page.getByText("No changes yet")).toBeVisible();
  });

  test("a customer can change only their own choices: the action takes no customer id", async ({ browser, playwright, baseURL }) => {
    test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
    const a = createCustomer("owner-a");
    const b = createCustomer("owner-b");
    const pageA = await signedInPage(browser, a);
    const optIn = choices.find((choice) => choice.key === "cpni-other-uses")!;

    const naming = await callSaveChoice(pageA.request, baseURL!, { choiceKey: optIn.key, value: "on", customerId: b.id });
    expect(naming.status()).toBe(200);
    expect(await naming.text()).toContain("The form sent something we did not expect. Please reload the page and try again.");
    const addressed = await callSaveChoice(pageA.request, baseURL!, { choiceKey: optIn.key, value: "on" }, `${choicesPath}?customerId=${b.id}`);
    expect(addressed.status()).toBe(200);
    expect(await addressed.text()).toContain(`Saved: “${optIn.title}” is now on.`);

    await pageA.reload();
    await expect(historyRows(pageA, optIn.title)).toContainText(["Off → On"]);
    const pageB = await signedInPage(browser, b);
    await expect(pageB.getByText("No changes yet")).toBeVisible();
    await expect(checkboxFor(pageB, optIn.title)).not.toBeChecked();

    // A forged session cookie is refused by the action itself, not only by the proxy: it is sent to sign in.
    const stranger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "authjs.session-token=forged" } });
    const refused = await callSaveChoice(stranger, baseURL!, { choiceKey: optIn.key });
    expect(refused.headers()["x-action-redirect"]).toMatch(/^\/sign-in/);
    expect(await refused.text()).not.toContain("Saved:");
    await stranger.dispose();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the page, with its history and a Global Privacy Control prompt, has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ browser }) => {
      test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
      const customer = createCustomer(`axe-${colorScheme}`);
      const first = await signedInPage(browser, customer, { colorScheme });
      await checkboxFor(first, sharing.title).click();
      await expect(first.getByText(`Saved: “${sharing.title}” is now off.`)).toBeVisible();
      await checkboxFor(first, sharing.title).click();
      await expect(first.getByText(`Saved: “${sharing.title}” is now on.`)).toBeVisible();
      const page = await (await browser.newContext({ colorScheme, storageState: await first.context().storageState(), extraHTTPHeaders: { "Sec-GPC": "1" } })).newPage();
      await page.goto(choicesPath);
      await expect(gpcNotice(page).getByRole("group")).toBeVisible();

      await expectNoAxeViolations(page);
    });
  }
});
