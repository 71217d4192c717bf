import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { cpniNotice } from "../content/choices";
import { samplePromotions } from "../features/unsubscribe/sample-promotions";
import { openEmail } from "./support/demo-mailbox";
import { expectSoon } from "./support/expect-soon";
import { givePhoneAndRecords, giveCpniNoticeFortyDaysAgo, reportChildByPhone } from "./support/minor-reports";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { createTestAccount, removeTestAccounts, removeTestRequests, type TestAccount } from "./support/test-accounts";

/**
 * While a minor's report is open, every use of the matched account's data
 * beyond the service is held (decision 0012), as its holder would notice:
 * no promotional email or Advertiser Promotion reaches them, their CPNI is not
 * used for offers and no advertising cookie is set, while another customer's
 * are. After the administrator erases the reported details, they are gone
 * from the customer's data download.
 *
 * Sharing with Advertisers has no surface to drive: the center shares nothing
 * with Advertisers today, so there is nothing a customer could notice.
 */

const references: string[] = [];
const accounts: TestAccount[] = [];
test.afterAll(() => {
  removeTestRequests(references);
  removeTestAccounts(accounts);
});

function account(label: string): TestAccount {
  const created = createTestAccount(label);
  accounts.push(created);
  return created;
}

/** A customer whose phone number a parent has reported as their child's, and another customer. */
async function heldAndOther(page: Page, label: string): Promise<{ held: TestAccount; other: TestAccount }> {
  const held = account(`held-${label}`);
  const other = account(`other-${label}`);
  references.push(await reportChildByPhone(page, givePhoneAndRecords(held)));
  return { held, other };
}

async function administratorPage(browser: Browser): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdministrator(admin, demoAdministrator);
  return admin;
}

async function signedIn(browser: Browser, customer: TestAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, customer.email, customer.password);
  return page;
}

for (const list of ["promotional-email", "advertiser-promotions"] as const) {
  test(`a sample ${list === "promotional-email" ? "promotional email" : "Advertiser Promotion"} reaches another customer, not the held one`, async ({ page }) => {
    test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
    const { held, other } = await heldAndOther(page, list);
    const sample = samplePromotions[list];

    await page.goto("/dev/mailbox");
    await page.getByRole("button", { name: sample.button }).click();
    await expect(page.getByRole("region", { name: "Try unsubscribing" }).getByRole("status")).toContainText(/skipped \(unsubscribed, or marketing held/);

    await openEmail(page, other.email, new RegExp(sample.subject));
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(held.email)}`);
    await expect(page.getByLabel("Show only mail to")).toHaveValue(held.email);
    await expect(page.getByRole("article").filter({ has: page.getByRole("heading", { name: new RegExp(sample.subject) }) })).toHaveCount(0);
  });
}

/** The held customer and the other, each signed in in a browser of their own, while the report is sent. */
async function bothSignedIn(page: Page, browser: Browser, label: string, beforeReport: (customer: TestAccount) => void = () => {}) {
  const held = account(`held-${label}`);
  const other = account(`other-${label}`);
  for (const customer of [held, other]) beforeReport(customer);
  const phone = givePhoneAndRecords(held);
  const [reference, heldPage, otherPage] = await Promise.all([reportChildByPhone(page, phone), signedIn(browser, held), signedIn(browser, other)]);
  references.push(reference);
  return [
    [otherPage, "other"],
    [heldPage, "held"],
  ] as const;
}

test("the held customer's choices say their CPNI is not used for offers, while another customer's may be", async ({ page, browser }) => {
  test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
  const standing = {
    other: /so we may use your CPNI for our communications-related offers/,
    // A hold is not explained to the customer: the report may be about someone else who used the account.
    held: /We do not use your CPNI for offers at present\./,
  };
  for (const [choices, who] of await bothSignedIn(page, browser, "cpni", giveCpniNoticeFortyDaysAgo)) {
    await choices.goto("/account/choices");
    await expect(choices.getByRole("region", { name: cpniNotice.title })).toContainText(standing[who]);
    await choices.context().close();
  }
});

test("saving advertising cookies on sets no advertising cookie for the held customer, and sets one for another customer", async ({ page, browser }) => {
  test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
  const cookiesSet = { other: 1, held: 0 };
  for (const [choices, who] of await bothSignedIn(page, browser, "cookies")) {
    await choices.goto("/account/choices");
    // The toggles save themselves once the page's scripts run (the plain forms' Save buttons are gone by then).
    await expect(choices.getByRole("button", { name: /^Save “/ })).toHaveCount(0);
    const checkbox = choices.getByRole("checkbox", { name: "Advertising cookies", exact: true });
    await checkbox.uncheck();
    await expect(choices.getByText("Saved: “Advertising cookies” is now off.")).toBeVisible();
    await checkbox.check();
    await expect(choices.getByText("Saved: “Advertising cookies” is now on.")).toBeVisible();
    expect((await choices.context().cookies()).filter((cookie) => cookie.name === "pc-advertising")).toHaveLength(cookiesSet[who]);
    await choices.context().close();
  }
});

test("after the administrator erases the records holding the reported number, it is gone from the customer's data download", async ({ page, browser }) => {
  test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
  // The child used a parent's account: only the records holding the child's number are erased, and the parent keeps the account.
  const parent = account("parent-account");
  const phone = givePhoneAndRecords(parent);
  // The parent signs in, a reporter sends the report and the administrator signs in, side by side.
  const [customer, reference, admin] = await Promise.all([signedIn(browser, parent), reportChildByPhone(page, phone), administratorPage(browser)]);
  references.push(reference);
  expect(await (await customer.request.get("/account/download")).text()).toContain(phone);

  await admin.goto(`/admin/requests/${reference}?findings=show`);
  const erase = admin.getByRole("form", { name: "Erase and complete" });
  await erase.getByRole("radio", { name: "Only the records that hold the reported details" }).check();
  await erase.getByLabel("Answer to the reporter").fill("Thank you for telling us. We have deleted the child's phone number.");
  await erase.getByRole("checkbox", { name: /^I understand/ }).check();
  await erase.getByRole("button", { name: "Erase the data and complete the report" }).click();
  await expectSoon(admin.getByRole("main").getByRole("status")).toContainText("Erased and completed");
  await admin.context().close();

  const after = await (await customer.request.get("/account/download")).text();
  expect(after).not.toContain(phone);
  expect(after).not.toContain(phone.replace(/\D/g, "").slice(1));
  // The rest of the account stays: the parent is still signed in and their name is still in the copy.
  expect(after).toContain("Jordan");
  await customer.context().close();
});
