import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { planCaliforniaRequest } from "@/features/california-requests";
import { submitCustomerRequest } from "@/features/customer-requests";
import { getPolicyHistory } from "@/features/policy";
import type { SensitiveCipher } from "@/server/crypto/sensitive-cipher";
import type { Database } from "@/server/db/schema";
import { demoAdministrator, demoCustomers } from "@/server/db/seed/demo-people";
import { requestLinks } from "./status-link";
import { submitPublicRequest } from "./submit-public-request";
import { completeRequest, startRequest, verifyRequest } from "./workflow/request-workflow";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A few requests for the demo, made and answered through the same code the
 * pages use, so the console, the metrics and the customers' request pages have
 * something to show: Alex's answered copy, a California request from someone
 * without an account, being worked on, and Jordan's open correction. They are
 * made in the order they happened, so the audit log (in the order entries are
 * appended) lists them in time order too.
 */
export async function seedDemoRequests(db: Kysely<Database>, options: { cipher: SensitiveCipher; siteUrl: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const daysAgo = (days: number, hours = 0) => new Date(now.getTime() - days * DAY_MS + hours * 60 * 60 * 1000);
  const [alex, jordan] = demoCustomers;
  const admin = demoAdministrator.id;
  const context = { siteUrl: options.siteUrl };

  const access = await submitCustomerRequest(
    db,
    { accountId: alex!.id, email: alex!.email },
    { type: "access", idempotencyKey: randomUUID(), reauthenticatedAt: daysAgo(21) },
    { ...context, now: daysAgo(21) },
  );
  if (access.kind === "created") {
    const { reference } = access.request;
    await verifyRequest(db, { reference, actorAccountId: admin, method: "Signed-in customer re-entered their password when making the request." }, {}, daysAgo(20));
    await completeRequest(
      db,
      { reference, actorAccountId: admin, message: "Here is the copy of the information we hold about you, as you asked." },
      { cipher: options.cipher, siteUrl: options.siteUrl, policyVersion: getPolicyHistory(now).current.version.id },
      daysAgo(18),
    );
  }

  const california = await submitPublicRequest(
    db,
    planCaliforniaRequest(
      { idempotencyKey: randomUUID(), fullName: "Casey Californian", answerChannel: "email", email: "casey.californian@example.com", streetAddress: null, city: "Fresno", state: "CA", postalCode: "93650" },
      requestLinks(options.siteUrl),
    ),
    daysAgo(9),
  );
  if (california.kind === "created") {
    const { reference } = california.request;
    await verifyRequest(db, { reference, actorAccountId: admin, method: "Replied from the address given." }, {}, daysAgo(8));
    await startRequest(db, { reference, actorAccountId: admin }, {}, daysAgo(8, 2));
  }

  await submitCustomerRequest(
    db,
    { accountId: jordan!.id, email: jordan!.email },
    {
      type: "correction",
      idempotencyKey: randomUUID(),
      details: { field: "cpni", fieldTitle: "Customer Proprietary Network Information (CPNI)", correction: "My virtual fax line shows “Pay as you go”, but I moved to the unlimited plan in October." },
    },
    { ...context, now: daysAgo(3) },
  );
}
