import { expect, test } from "@playwright/test";
import { demoAdministrator, demoCustomers } from "../server/db/seed/demo-people";
import { signIn, signInAsAdministrator } from "./support/sign-in";
import { expectNoAxeViolations } from "./support/axe";
import { expectOnOneLine } from "./support/one-line";

const jordan = demoCustomers[1];

test("the administrator finds a customer's entries in the audit log, checks the chain and downloads it", async ({ page, browser }) => {
  test.slow(); // a long journey: about 20–35 s on a quiet 2-core machine
  // Jordan asks for a correction: a customer action the log records under Jordan.
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  await signIn(customerPage, jordan.email, jordan.password);
  await customerPage.getByText("Ask to correct your date of birth", { exact: true }).click();
  await customerPage.getByLabel("Your correct date of birth").fill("1991-02-14");
  await customerPage.getByRole("button", { name: "Send correction request" }).click();
  await expect(customerPage.getByRole("status").filter({ hasText: "received" })).toBeVisible();
  await customerContext.close();

  await signInAsAdministrator(page, demoAdministrator);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();

  await page.getByLabel("Customer’s email").fill(jordan.email);
  await page.getByRole("button", { name: "Search" }).click();
  // Jordan's entries, in words and by name: never the stored code or the account's id.
  const table = page.getByRole("table");
  await expect(table).toContainText("Asked for a change of their date of birth");
  await expect(table).toContainText(jordan.fullName);
  await expect(table).not.toContainText(jordan.id);
  await expect(table).not.toContainText("request_date_of_birth_correction");
  await expect(table).not.toContainText("Alex Rivera");

  await page.getByRole("link", { name: "Check that no entry was altered" }).click();
  await expect(page.getByRole("status")).toHaveText(/The chain is intact: all \d+ entries follow one another unaltered\./);

  await expectNoAxeViolations(page);

  const download = await page.request.get(`/admin/audit/export?customer=${encodeURIComponent(jordan.email)}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
  const csv = await download.text();
  expect(csv.split("\n")[0]).toBe("sequence,occurredAt,actorAccountId,actorRole,action,customerId,subject,detailsJson,previousHash,hash");
  expect(csv).toContain("request_date_of_birth_correction");
  expect(csv).toContain("export_audit_log");

  const badSearch = await page.goto("/admin/audit?customer=not-an-email");
  expect(badSearch?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Nothing searched: Enter an email address");
});

test.describe("the demo's entries, as people read them", () => {
  test.use({ javaScriptEnabled: false });

  test("each entry says when in company time, who by name and role, what in words, about whom, and links its request", async ({ page }) => {
    await signInAsAdministrator(page, demoAdministrator);
    await page.goto("/admin/audit");
    const table = page.getByRole("table", { name: /Audit log entries/ });
    const first = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "1", exact: true }) });
    // The demo's first entry: Alex asked for a copy of their information.
    await expect(first).toContainText("Asked for a copy of their information");
    await expect(first.getByRole("cell").nth(1)).toContainText(/Alex Rivera\s*Customer · alex\.rivera@example\.com/);
    await expect(first).toContainText(/E[SD]T/);
    await expect(first).toContainText("Type of request: Access");
    await expect(first).toContainText("Password re-entered: Yes");
    await expect(table).toContainText("Privacy Administrator");
    await expect(table).toContainText("Someone without an account");
    await expect(page.getByRole("main")).not.toContainText('{"');

    // Newest first, and so in time order, the demo's too.
    const times = await table.locator("time").evaluateAll((elements) => elements.map((element) => element.getAttribute("datetime") ?? ""));
    expect(times.length).toBeGreaterThan(5);
    expect(times).toEqual([...times].sort().reverse());

    // The request an entry is about is a link to its page in the console.
    const reference = (await first.getByRole("link").textContent())!.trim();
    await first.getByRole("link", { name: reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Access ${reference}`);
  });

  test("on a phone each entry is a card with labelled values, its request's reference whole", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAsAdministrator(page, demoAdministrator);
    await page.goto("/admin/audit");
    await expect(page.getByRole("table")).toBeHidden();
    const cards = page.getByRole("list", { name: "Audit log entries, newest first" });
    const first = cards.getByRole("listitem").filter({ hasText: /· entry 1(?!\d)/ });
    await expect(first).toContainText("Asked for a copy of their information");
    await expect(first.getByRole("definition").first()).toContainText("Alex Rivera");
    await expect(first.getByRole("term").first()).toHaveText("Who");
    await expect(first.getByRole("link", { name: /^PR-/ })).toBeVisible();
    // References never break mid-code, in any card.
    const withReference = cards.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^PR-/ }) });
    expect(await withReference.count()).toBeGreaterThan(1);
    for (const card of await withReference.all()) await expectOnOneLine(card.getByRole("link", { name: /^PR-/ }), card);
  });
});

test("a customer can neither open nor download the audit log", async ({ page }) => {
  await signIn(page, jordan.email, jordan.password);
  expect((await page.goto("/admin/audit"))?.status()).toBe(404);
  const download = await page.request.get("/admin/audit/export");
  expect(download.status()).toBe(404);
  expect(await download.text()).not.toContain("sequence,");
});

test("the audit log download refuses a visitor who is not signed in", async ({ request }) => {
  const response = await request.get("/admin/audit/export");
  expect(response.status()).toBe(401);
});
