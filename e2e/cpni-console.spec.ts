import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { administratorPage, customerWithRequest, giveDeliveredCpniNotice, openCpniRecords } from "./support/cpni-notices";
import { expectSoon } from "./support/expect-soon";
import { signIn } from "./support/sign-in";
import { type TestAccount, testAccountsOfThisFile } from "./support/test-accounts";

/**
 * The customer's CPNI notices and uses in the console (47 CFR 64.2008(a)(2),
 * 64.2009(c)), and an emailed notice that came back undeliverable, sent again
 * by post (64.2008(d)(3)(iii)). One customer's records, step by step: each
 * test takes up where the one before left off.
 */
const createTestAccount = testAccountsOfThisFile("cpni-");

test.describe.configure({ mode: "serial" });

let customer: TestAccount;
let reference: string;

test.beforeAll(async ({ browser }) => {
  // The customer had the emailed notice 40 days ago, and asks for a copy of their information: a request the administrator works on.
  customer = createTestAccount("post");
  reference = await customerWithRequest(browser, customer, (account) => giveDeliveredCpniNotice(account, 40));
});

test("the administrator sees the customer's CPNI notices, where approval stands and that no CPNI was used", async ({ browser }) => {
  const admin = await administratorPage(browser);
  const cpni = await openCpniRecords(admin, reference);
  await expect(cpni).toContainText("Opt-out approval stands");
  await expect(cpni).toContainText("Notices by email: The customer approved notices by email.");
  const notices = cpni.getByRole("table", { name: /CPNI notices sent to the customer/ });
  await expect(notices.getByRole("row").nth(1)).toContainText(`Emailed to ${customer.email}; delivered`);
  await expect(cpni).toContainText("No use of this customer’s CPNI recorded.");
  await expectNoAxeViolations(admin);
  await admin.context().close();
});

test("the email came back: it no longer counts, and the console says what to do", async ({ browser }) => {
  const admin = await administratorPage(browser);
  const cpni = await openCpniRecords(admin, reference);
  const notices = cpni.getByRole("table", { name: /CPNI notices sent to the customer/ });
  await notices.getByRole("button", { name: "Came back undeliverable" }).click();
  await expectSoon(cpni.getByRole("status")).toContainText("Recorded: the emailed CPNI notice came back undeliverable.");
  await expect(notices.getByRole("row").nth(1)).toContainText("came back undeliverable");
  await expect(cpni).toContainText("send it by post and record it below before any CPNI is used");
  await admin.context().close();
});

test("the notice posted today: the wait starts on the third day after the mailing", async ({ browser }) => {
  const admin = await administratorPage(browser);
  const cpni = await openCpniRecords(admin, reference);
  const notices = cpni.getByRole("table", { name: /CPNI notices sent to the customer/ });
  const posted = admin.getByRole("form", { name: "Record a notice sent by post" });
  await posted.getByRole("button", { name: "Record the notice sent by post" }).click();
  await expectSoon(cpni.getByRole("status")).toContainText("Recorded: the CPNI notice was sent by post.");
  await expect(notices.getByRole("row").nth(1)).toContainText("Posted to");
  await expect(cpni).toContainText("Waiting: approval may be assumed from");
  await expectNoAxeViolations(admin);
  await admin.context().close();
});

test("the customer replies “no” to the notice: the administrator records it, honoured at once, and every record is audited", async ({ browser }) => {
  const admin = await administratorPage(browser);
  const cpni = await openCpniRecords(admin, reference);
  await admin.getByRole("form", { name: "The customer replied “no” to the notice" }).getByRole("button", { name: "Record the customer’s no" }).click();
  await expectSoon(cpni.getByRole("status")).toContainText("Recorded: the customer said no");
  await expect(cpni).toContainText("Communications-related offers: The customer said no.");

  // Each record is in the audit log, under the customer.
  await admin.goto(`/admin/audit?customer=${encodeURIComponent(customer.email)}`);
  for (const action of [
    "Viewed the customer’s records",
    "Recorded a CPNI notice email as returned undelivered",
    "Recorded a CPNI notice sent by post",
    "Recorded a CPNI opt-out the customer sent by reply",
  ])
    await expect(admin.getByRole("main")).toContainText(action);
  await admin.context().close();
});

test("the customer's own page lists the notice sent by post, and says where they stand", async ({ page }) => {
  await signIn(page, customer.email, customer.password);
  await page.goto("/account/choices");
  const notice = page.getByRole("region", { name: /Your rights over your Customer Proprietary Network Information/ });
  await expect(notice).toContainText("(by post)");
  await expect(notice).toContainText("You said no: we do not use your CPNI for offers.");
});
