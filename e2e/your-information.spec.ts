import fs from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { expect, type Page, test } from "@playwright/test";
import { dataCategories } from "../content/data-categories";
import { demoCustomers } from "../server/db/seed/demo-people";
import { expectPageScriptsToHaveRun } from "./support/page-scripts";
import { signIn } from "./support/sign-in";
import { expectNoAxeViolations } from "./support/axe";

const [alex, jordan] = demoCustomers;

/** What the e2e server's database (playwright.config.ts: data/e2e.db) holds for a customer, read as it stands now. */
function heldInTheDatabase(customerId: string) {
  const db = new BetterSqlite3("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    const calls = db.prepare("select started_at as startedAt from call_records where customer_id = ? order by started_at, id").all(customerId) as { startedAt: string }[];
    const periods = db.prepare("select period from cpni_billing_periods where customer_id = ? order by period, id").all(customerId) as { period: string }[];
    return { callStarts: calls.map((call) => call.startedAt), periods: periods.map((row) => row.period) };
  } finally {
    db.close();
  }
}

/** Every way a demo customer's sensitive values could leak: as written, and digits/letters only. */
const plaintextForms = (customer: (typeof demoCustomers)[number]) =>
  Object.values(customer.sensitive).flatMap((value: string) => [value, value.replace(/[^A-Za-z0-9]/g, "")]);

const correctionForm = (page: Page) => page.getByRole("region", { name: "Correct your information" });

async function correctAddress(page: Page, address: { street: string; city: string; state: string; zip: string }) {
  const form = correctionForm(page);
  await form.getByLabel("Street address").fill(address.street);
  await form.getByLabel("City").fill(address.city);
  await form.getByLabel("State").fill(address.state);
  await form.getByLabel("ZIP code").fill(address.zip);
  await form.getByRole("button", { name: "Save corrections" }).click();
}

const original = { street: alex.streetAddress, city: alex.city, state: alex.state, zip: alex.postalCode };

test.describe("Your information, signed in as Alex", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, alex.email, alex.password);
    await expect(page.getByRole("heading", { level: 1, name: "Your information" })).toBeVisible();
  });

  test("each category card says what is held, why, with whom, for how long, and links to its policy section", async ({ page }) => {
    const held: Record<string, string[]> = {
      "personal-information": [alex.fullName, alex.streetAddress, alex.email, "June 12, 1984", "cannot be deleted"],
      "sensitive-personal-information": ["***-**-3456", "•••• •••• •••• 1111", "Mother’s maiden name"],
      cpni: ["Business VoIP", "Toll-free number", `${alex.callCount} call records`, "most recent calls"],
      "stored-communications": ["Voicemail", "Call recordings", "Faxes"],
      "cookies-and-identifiers": ["pc_prefs", "pc_ad_id", "Yealink T54W desk phone", "MAC ••:••:••:••:3F:A2"],
    };
    for (const category of dataCategories) {
      const card = page.getByRole("region", { name: category.title, exact: true });
      await expect(card).toBeVisible();
      for (const text of [...held[category.id]!, "Why we hold it", "Who it may be shared with", category.retention]) {
        await expect(card).toContainText(text);
      }
      await card.getByRole("link", { name: `Read the policy section “${category.policy.label}”` }).click();
      await expect(page).toHaveURL(new RegExp(`/privacy#${category.policy.anchor}$`));
      await expect(page.locator(`[id="${category.policy.anchor}"]`)).toBeInViewport();
      await page.goBack();
      await expect(page).toHaveURL(/\/account$/);
    }
  });

  test("an index at the top leads to each category and to the correction form", async ({ page }) => {
    const index = page.getByRole("navigation", { name: "On this page" });
    for (const category of [...dataCategories].reverse()) {
      await index.getByRole("link", { name: category.title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/account#${category.id}$`));
      await expect(page.getByRole("region", { name: category.title, exact: true }).getByRole("heading", { level: 2 })).toBeInViewport();
    }
    await index.getByRole("link", { name: "Correct your information" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Correct your information" })).toBeInViewport();
  });

  test("the download is a JSON copy of the dashboard: masked, generated now, and Alex's alone", async ({ page }) => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download your data (JSON)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^phone-com-privacy-data-\d{4}-\d{2}-\d{2}\.json$/);
    const text = fs.readFileSync((await download.path())!, "utf8");
    const data = JSON.parse(text) as { generatedAt: string; categories: { id: string; policySection: { url: string }; records: unknown }[] };

    expect(Date.now() - Date.parse(data.generatedAt)).toBeLessThan(60_000);
    expect(data.categories.map((c) => c.id)).toEqual(dataCategories.map((c) => c.id));
    expect(data.categories.find((c) => c.id === "cpni")!.policySection.url).toMatch(/\/privacy#cpni$/);
    expect(text).toContain("***-**-3456");
    expect(text).toContain(alex.fullName);
    for (const plaintext of [...plaintextForms(alex), ...plaintextForms(jordan)]) expect(text).not.toContain(plaintext);
    for (const trace of [jordan.fullName, jordan.email, jordan.streetAddress, jordan.phone, "***-**-7654", "Android"]) expect(text).not.toContain(trace);

    const response = await page.request.get("/account/download");
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="phone-com-privacy-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers()["cache-control"]).toBe("no-store");
  });

  test("the download holds every call record and billing period the center holds for Alex, while the page shows the recent ones", async ({ page }) => {
    const held = heldInTheDatabase(alex.id);
    expect(held.callStarts.length).toBeGreaterThan(10);
    const cpniCard = page.getByRole("region", { name: dataCategories.find((category) => category.id === "cpni")!.title, exact: true });
    await expect(cpniCard.getByRole("table", { name: "Your 10 most recent calls" })).toBeVisible();
    await expect(page.getByText("every call record and billing period, not only the recent ones shown here")).toBeVisible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download your data (JSON)" }).click();
    const copy = JSON.parse(fs.readFileSync((await (await downloading).path())!, "utf8")) as {
      format: string;
      categories: { id: string; records: unknown }[];
      choices: { current: unknown[]; history: unknown[] };
      requests: { reference: string; timeline: { kind: string }[] }[];
      notices: { emails: { subject: string }[] };
    };
    expect(copy.format).toBe("phone.com-privacy-data/2");
    const cpni = copy.categories.find((category) => category.id === "cpni")!.records as {
      callRecordCount: number;
      callRecords: { startedAt: string; otherParty: string }[];
      billingPeriods: { period: string }[];
    };
    // Every one, oldest first, as held: not the last 10.
    expect(cpni.callRecords.map((call) => call.startedAt)).toEqual(held.callStarts);
    expect(cpni.callRecordCount).toBe(held.callStarts.length);
    expect(cpni.callRecords.every((call) => /^•••-•••-\d{4}$/.test(call.otherParty))).toBe(true);
    expect(cpni.billingPeriods.map((period) => period.period)).toEqual(held.periods);
    // The rest of what is held: the choices, Alex's answered request with its timeline, the mail sent to him.
    expect(copy.choices.current.length).toBeGreaterThan(0);
    expect(copy.requests.some((request) => request.timeline.some((event) => event.kind === "completed"))).toBe(true);
    expect(copy.notices.emails.some((email) => /your copy is ready/.test(email.subject))).toBe(true);
  });

  test("no full SSN or card number of either demo customer is in the page or the download", async ({ page }) => {
    for (const path of ["/account", "/account/download"]) {
      const body = await (await page.request.get(path)).text();
      expect(body).toContain("3456");
      for (const plaintext of [...plaintextForms(alex), ...plaintextForms(jordan)]) expect(body, `${path} holds ${plaintext}`).not.toContain(plaintext);
    }
    for (const plaintext of [...plaintextForms(alex), ...plaintextForms(jordan)]) expect(await page.content()).not.toContain(plaintext);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no WCAG 2.1 A/AA violations (${colorScheme} colour scheme)`, async ({ page }) => {
      test.slow(); // long here: 25–45 s on a loaded 2-core machine (the full run of 2026-11-30)
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled });

      test("correcting the address: a bad ZIP is explained with the typed values kept, then the correction is saved", async ({ page }) => {
        await expectPageScriptsToHaveRun(page, javaScriptEnabled);
        const form = correctionForm(page);
        const street = javaScriptEnabled ? "7 Elm Court" : "9 Oak Lane";
        await correctAddress(page, { street, city: "Montclair", state: "nj", zip: "0704" });

        // The one invalid-input summary of every form (lib/forms/form-state.ts, describeInvalidInput).
        await expect(form.getByRole("alert")).toContainText("There is a problem with one answer. Please correct the highlighted fields.");
        const zip = form.getByLabel("ZIP code");
        await expect(zip).toHaveAttribute("aria-invalid", "true");
        await expect(zip).toHaveAccessibleDescription(/Enter a ZIP code of 5 digits, or 9 digits as 12345-6789\./);
        await expect(zip).toHaveValue("0704");
        await expect(form.getByLabel("Street address")).toHaveValue(street);
        await expect(page.getByRole("region", { name: "Personal Information", exact: true })).toContainText(alex.streetAddress);

        await correctAddress(page, { street, city: "Montclair", state: "nj", zip: "07042-1234" });
        await expect(form.getByRole("status")).toHaveText("Saved. Your corrected details are shown above.");
        const personal = page.getByRole("region", { name: "Personal Information", exact: true });
        await expect(personal).toContainText(street);
        await expect(personal).toContainText("Montclair, NJ 07042-1234");
        await expect(form.getByLabel("ZIP code")).not.toHaveAttribute("aria-invalid", "true");

        // Leave Alex as we found him.
        await correctAddress(page, original);
        await expect(personal).toContainText(`${alex.city}, ${alex.state} ${alex.postalCode}`);
      });
    });
  }
});

test("signed out, neither the dashboard nor the download answers: both send the visitor to sign in", async ({ page }) => {
  const download = await page.request.get("/account/download", { maxRedirects: 0 });
  expect(download.status()).toBeGreaterThanOrEqual(300);
  expect(download.status()).toBeLessThan(400);
  expect(download.headers()["location"]).toMatch(/\/sign-in/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
});
