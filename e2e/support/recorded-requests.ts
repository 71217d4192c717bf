import { expect, type Page } from "@playwright/test";
import { dayIn, formatDay } from "../../lib/dates";
import { addCalendarDays, deadlinesFor, type RequestType } from "../../lib/requests/legal-deadlines";
import { E2E_COMPANY_TIME_ZONE } from "./server-settings";

/** What the specs of requests and reports recorded in the console share. */

const REFERENCE = /PR-[2-9A-Z]{4}-[2-9A-Z]{4}/;

/** Today in the company's time zone, `days` back, as YYYY-MM-DD. */
export const companyDay = (days: number) => addCalendarDays(dayIn(E2E_COMPANY_TIME_ZONE, new Date()), -days);

/** Sends the console's form, waits for the recorded request's page and returns its reference. */
export async function submitAndOpenRecorded(page: Page, submitLabel: string): Promise<string> {
  await page.getByRole("main").getByRole("button", { name: submitLabel }).click();
  await page.waitForURL(/\/admin\/requests\/PR-/);
  const reference = page.url().match(REFERENCE)?.[0];
  expect(reference).toBeTruthy();
  return reference!;
}

/** The request's page counts its deadlines from the day it was received, not from today, the day it was entered. */
export async function expectDeadlinesCountedFrom(page: Page, type: RequestType, receivedOn: string): Promise<void> {
  const deadlines = deadlinesFor(type, receivedOn);
  const status = page.getByRole("region", { name: "Status and deadlines" });
  await expect(status.getByText(formatDay(deadlines.acknowledgeBy), { exact: true })).toBeVisible();
  await expect(status.getByText(formatDay(deadlines.answerBy), { exact: true })).toBeVisible();
  await expect(status).not.toContainText(formatDay(deadlinesFor(type, companyDay(0)).answerBy));
}
