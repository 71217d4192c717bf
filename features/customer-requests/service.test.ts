import { randomUUID } from "node:crypto";
import type Mail from "nodemailer/lib/mailer";
import { beforeAll, describe, expect, it } from "vitest";
import { breakOutboxFor, FAILING_ADDRESS, insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { deliverPendingEmails } from "@/server/email/deliver-pending-emails";
import { type RequestingCustomer, submitCustomerRequest } from "./service";

const SITE = "https://privacy.example.com";
const NOW = new Date("2026-12-01T15:00:00Z");

describe.each(ENGINES)("a signed-in customer's request on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let customer: RequestingCustomer;
  beforeAll(async () => {
    await breakOutboxFor(handle.db, engine);
    const email = `alex-${randomUUID()}@example.com`;
    customer = { accountId: await insertTestCustomer(handle.db, { email }), email };
  });

  it("concerns the signed-in customer, records the fresh sign-in and acknowledges it with the dates and a link", async () => {
    const outcome = await submitCustomerRequest(
      handle.db,
      customer,
      { type: "access", idempotencyKey: randomUUID(), reauthenticatedAt: new Date("2026-12-01T14:59:30Z") },
      { siteUrl: SITE, now: NOW },
    );
    if (outcome.kind !== "created") throw new Error(`expected a new request, got ${outcome.kind}`);
    expect(outcome.request).toMatchObject({ type: "access", status: "received", customerId: customer.accountId, answerBy: "2027-01-15" });

    const row = await handle.db
      .selectFrom("privacyRequests")
      .select(["detailsJson", "requesterEmail", "requesterName", "requestedByCustomerId"])
      .where("id", "=", outcome.request.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.detailsJson)).toEqual({ reauthenticatedAt: "2026-12-01T14:59:30.000Z" });
    // Made by the customer, from their account: it is theirs, and shows on their own pages.
    expect(row).toMatchObject({ requesterEmail: customer.email, requesterName: "Test Customer", requestedByCustomerId: customer.accountId });

    const email = await handle.db.selectFrom("emailOutbox").select(["toAddress", "subject", "textBody"]).where("toAddress", "=", customer.email).executeTakeFirstOrThrow();
    expect(email.subject).toContain(outcome.request.reference);
    expect(email.textBody).toContain("answer by January 15, 2027");
    expect(email.textBody).toContain(`${SITE}/account/requests/${outcome.request.reference}`);

    const audit = await handle.db.selectFrom("auditLog").select(["actorAccountId", "actorRole", "action", "customerId"]).where("subject", "=", `request:${outcome.request.reference}`).executeTakeFirstOrThrow();
    expect(audit).toEqual({ actorAccountId: customer.accountId, actorRole: "customer", action: "request_access", customerId: customer.accountId });
  });

  it("makes one request of a form sent twice", async () => {
    const key = randomUUID();
    const input = { type: "deletion" as const, idempotencyKey: key, reauthenticatedAt: NOW };
    const [first, second] = await Promise.all([
      submitCustomerRequest(handle.db, customer, input, { siteUrl: SITE, now: NOW }),
      submitCustomerRequest(handle.db, customer, input, { siteUrl: SITE, now: NOW }),
    ]);
    expect(new Set([first.kind, second.kind])).toEqual(new Set(["created", "replayed"]));
    const rows = await handle.db.selectFrom("privacyRequests").select("id").where("idempotencyKey", "=", key).execute();
    expect(rows).toHaveLength(1);
  });

  it("refuses another customer's idempotency key, and never answers with that customer's request", async () => {
    const email = `blake-${randomUUID()}@example.com`;
    const other: RequestingCustomer = { accountId: await insertTestCustomer(handle.db, { email }), email };
    const correction = (key: string) => ({ type: "correction" as const, idempotencyKey: key, details: { field: "cpni", fieldTitle: "CPNI", correction: "wrong plan" } });
    const key = randomUUID();
    const first = await submitCustomerRequest(handle.db, customer, correction(key), { siteUrl: SITE, now: NOW });
    if (first.kind !== "created") throw new Error("expected a new request");

    const copied = await submitCustomerRequest(handle.db, other, correction(key), { siteUrl: SITE, now: NOW });
    expect(copied).toEqual({ kind: "key-conflict" });
    const rows = await handle.db.selectFrom("privacyRequests").select("requestedByCustomerId").where("idempotencyKey", "=", key).execute();
    expect(rows).toEqual([{ requestedByCustomerId: customer.accountId }]);
    expect(await handle.db.selectFrom("emailOutbox").select("id").where("toAddress", "=", email).execute()).toEqual([]);
    // The owner sending it again still gets their own request.
    expect(await submitCustomerRequest(handle.db, customer, correction(key), { siteUrl: SITE, now: NOW })).toMatchObject({ kind: "replayed", request: { reference: first.request.reference } });

    // Two customers sending one key at once: one request is made, and the other learns nothing of it.
    const shared = randomUUID();
    const outcomes = await Promise.all([customer, other].map((who) => submitCustomerRequest(handle.db, who, correction(shared), { siteUrl: SITE, now: NOW })));
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["created", "key-conflict"]);
    const made = outcomes.find((outcome) => outcome.kind === "created");
    expect(JSON.stringify(outcomes.filter((outcome) => outcome !== made))).not.toMatch(/PR-/);
  });

  it("keeps nothing when the acknowledgement cannot be written, and sends a written one after a restart", async () => {
    const failing: RequestingCustomer = { ...customer, email: FAILING_ADDRESS };
    const key = randomUUID();
    await expect(submitCustomerRequest(handle.db, failing, { type: "correction", idempotencyKey: key, details: { field: "cpni", fieldTitle: "CPNI", correction: "wrong plan" } }, { siteUrl: SITE, now: NOW })).rejects.toThrow(/outbox is unavailable/);
    expect(await handle.db.selectFrom("privacyRequests").select("id").where("idempotencyKey", "=", key).execute()).toEqual([]);

    // The process that wrote the request dies before its dispatcher runs; the email waits in the outbox.
    const written = await submitCustomerRequest(handle.db, customer, { type: "correction", idempotencyKey: randomUUID(), details: { field: "cpni", fieldTitle: "CPNI", correction: "wrong plan" } }, { siteUrl: SITE, now: NOW });
    if (written.kind !== "created") throw new Error("expected a new request");
    const sent: Mail.Options[] = [];
    await deliverPendingEmails(handle.db, { sender: { sendMail: async (message: Mail.Options) => void sent.push(message) }, from: "Privacy Center <privacy@example.com>", now: () => new Date(NOW.getTime() + 60_000) });
    expect(sent.map((message) => message.subject)).toContain(`We received your correction request (${written.request.reference})`);
  });
});
