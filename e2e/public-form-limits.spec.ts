import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { clientAt, hiddenFieldsOf } from "./support/from-address";
import { E2E_PUBLIC_FORM_SUBMISSIONS_PER_HOUR } from "./support/server-settings";
import { removeTestRequests } from "./support/test-accounts";

const REFERENCE = /PR-[2-9A-Z]{4}-[2-9A-Z]{4}/;
const PER_HOUR = E2E_PUBLIC_FORM_SUBMISSIONS_PER_HOUR;

const references: string[] = [];
test.afterAll(() => removeTestRequests(references));

test("a public form takes its hourly allowance from one computer, whatever address each post claims", async ({ baseURL }) => {
  const sender = clientAt(baseURL!);
  const form = hiddenFieldsOf((await sender.get("/california-privacy-rights")).body);
  const send = (n: number) =>
    sender.postMultipart(
      "/california-privacy-rights",
      {
        ...form,
        idempotencyKey: randomUUID(),
        fullName: "Limit Tester",
        answerChannel: "postal",
        email: "",
        streetAddress: "1 Test Street",
        city: "Fresno",
        state: "CA",
        postalCode: "93650",
      },
      { origin: baseURL!, "x-forwarded-for": `198.51.100.${n % 250}` },
    );

  for (let n = 1; n <= PER_HOUR; n++) {
    const accepted = await send(n);
    expect(accepted.status).toBe(200);
    const reference = REFERENCE.exec(accepted.body)?.[0];
    expect(reference, `request ${n} of ${PER_HOUR} is accepted`).toBeTruthy();
    references.push(reference!);
  }
  const refused = await send(PER_HOUR + 1);
  expect(refused.body).toContain(`This form has already been sent ${PER_HOUR} times from your network in the last hour.`);
  expect(REFERENCE.exec(refused.body)).toBeNull();
});
