import { expect, test } from "@playwright/test";
import { demoCustomers } from "../server/db/seed/demo-people";
import { openEmail } from "./support/demo-mailbox";
import { signIn } from "./support/sign-in";

const jordan = demoCustomers[1];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a date-of-birth change becomes a correction request, acknowledged by email, and the date stays until verified", async ({ page }) => {
    await signIn(page, jordan.email, jordan.password);
    const form = page.getByRole("form", { name: "Ask to correct your date of birth" });
    // Closed until asked for.
    await expect(form.getByLabel("Your correct date of birth")).toBeHidden();
    await page.getByText("Ask to correct your date of birth", { exact: true }).click();

    await form.getByLabel("Your correct date of birth").fill("2999-01-01");
    await form.getByRole("button", { name: "Send correction request" }).click();
    await expect(page.getByRole("form", { name: "Ask to correct your date of birth" }).getByRole("alert")).toContainText("A date of birth cannot be in the future.");

    await page.getByRole("form", { name: "Ask to correct your date of birth" }).getByLabel("Your correct date of birth").fill("1991-02-13");
    await page.getByRole("form", { name: "Ask to correct your date of birth" }).getByRole("button", { name: "Send correction request" }).click();
    const status = page.getByRole("status").filter({ hasText: "received" });
    await expect(status).toContainText(/Request PR-[2-9A-Z]{4}-[2-9A-Z]{4} received\. We will verify the new date and answer by/);
    const reference = (await status.textContent())!.match(/PR-[2-9A-Z]{4}-[2-9A-Z]{4}/)![0];

    // Not an edit: the date shown is still the one on record.
    await page.goto("/account");
    await expect(page.getByText("February 3, 1991")).toBeVisible();

    await page.goto("/dev/mailbox");
    const email = await openEmail(page, jordan.email, new RegExp(`correction request ${reference}`));
    await expect(email).toContainText("Until then your date of birth stays as it is.");
  });
});
