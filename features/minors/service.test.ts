import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { submitPublicRequest } from "@/features/requests/submit-public-request";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { createSensitiveCipher } from "@/server/crypto/sensitive-cipher";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { type MinorReport, minorReportSchema } from "./schemas";
import { isHeldByMinorReport, isMarketingHeld, planMinorReport } from "./service";

const cipher = createSensitiveCipher(`test:${randomBytes(32).toString("base64")}`);
const openSensitive = (keyId: string, ciphertext: string) => cipher.open(keyId, ciphertext);

function report(overrides: Record<string, string> = {}): MinorReport {
  return minorReportSchema.parse({
    idempotencyKey: randomUUID(),
    reporterName: "Sam Parent",
    reporterEmail: "sam.parent@example.com",
    relation: "parent",
    childAge: "15",
    disclosed: "Her name and date of birth.",
    ...overrides,
  });
}

describe.each(ENGINES)("a minor's report on %s", (engine) => {
  const handle = testDatabaseFor(engine);

  async function submit(input: MinorReport) {
    const outcome = await submitPublicRequest(handle.db, planMinorReport(input, openSensitive, { statusUrl: (reference) => `https://privacy.example.com/requests/${reference}?key=test` }));
    if (outcome.kind !== "created") throw new Error(`expected a new report, got ${outcome.kind}`);
    const stored = await handle.db
      .selectFrom("privacyRequests")
      .select(["customerId", "requestedByCustomerId", "urgent", "type", "detailsJson"])
      .where("id", "=", outcome.request.id)
      .executeTakeFirstOrThrow();
    const notes = await handle.db
      .selectFrom("requestEvents")
      .select(["message", "visibleToRequester"])
      .where("requestId", "=", outcome.request.id)
      .where("kind", "=", "note")
      .execute();
    return { request: outcome.request, stored, notes };
  }

  it("is urgent, and links the customer whose sign-in email the child used, as the one it concerns (not the one who made it)", async () => {
    const customerId = await insertTestCustomer(handle.db, { email: `kid-${randomUUID()}@example.com` });
    const email = (await handle.db.selectFrom("accounts").select("email").where("id", "=", customerId).executeTakeFirstOrThrow()).email;
    const { stored, notes } = await submit(report({ childEmail: email.toUpperCase() }));
    expect(stored).toMatchObject({ type: "minor_report", urgent: 1, customerId, requestedByCustomerId: null });
    expect(notes).toEqual([{ message: expect.stringContaining(`${customerId} (by email address)`), visibleToRequester: 0 }]);
  });

  it("links the customer whose phone number the child used, however it is punctuated", async () => {
    const customerId = await insertTestCustomer(handle.db, { phone: "+1 (415) 555-0199" });
    const { stored } = await submit(report({ childPhone: "415.555.0199" }));
    expect(stored.customerId).toBe(customerId);
    const again = await submit(report({ childPhone: "1 415 555 0199" }));
    expect(again.stored.customerId).toBe(customerId);
  });

  it("links by account number only when the whole number matches, not its last four", async () => {
    const customerId = await insertTestCustomer(handle.db);
    const number = `PC-${String(Date.now()).slice(-8)}`;
    await handle.db
      .insertInto("sensitiveItems")
      .values({ id: randomUUID(), customerId, kind: "account_number", ...cipher.seal(number), lastFour: number.slice(-4), createdAt: new Date().toISOString() })
      .execute();

    const sameTail = `PC-99${number.slice(-6)}`;
    expect((await submit(report({ childAccountNumber: sameTail }))).stored.customerId).toBeNull();
    const matched = await submit(report({ childAccountNumber: number.toLowerCase().replace("-", " ") }));
    expect(matched.stored.customerId).toBe(customerId);
    // The number typed is kept masked: staff see its last four, never the whole of it.
    expect(matched.stored.detailsJson).not.toContain(number.slice(3));
    expect(JSON.parse(matched.stored.detailsJson).childAccountNumber).toMatch(new RegExp(`${number.slice(-4)}$`));
  });

  it("links nobody when the details point to several customers, and tells the administrator which", async () => {
    const byEmail = await insertTestCustomer(handle.db, { email: `shared-${randomUUID()}@example.com` });
    const byPhone = await insertTestCustomer(handle.db, { phone: "+1 212 555 0123" });
    const email = (await handle.db.selectFrom("accounts").select("email").where("id", "=", byEmail).executeTakeFirstOrThrow()).email;
    const { stored, notes } = await submit(report({ childEmail: email, childPhone: "212 555 0123" }));
    expect(stored.customerId).toBeNull();
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain("match 2 customer accounts");
    expect(notes[0]!.message).toContain(`${byEmail} (by email address)`);
    expect(notes[0]!.message).toContain(`${byPhone} (by phone number)`);
  });

  it("keeps what was reported as written, and says so when nothing matched", async () => {
    const { stored, notes } = await submit(report({ childEmail: "nobody-here@example.com", disclosed: "<script>alert(1)</script>" }));
    expect(stored.customerId).toBeNull();
    expect(JSON.parse(stored.detailsJson)).toMatchObject({ childEmail: "nobody-here@example.com", disclosed: "<script>alert(1)</script>", childAge: 15, relation: "parent" });
    expect(notes.map((note) => note.message)).toEqual(["No customer account matched the details the child used."]);
  });

  it("holds the matched customer's data from receipt, whatever the report's status: only erasure or a mistaken report ends it (see the workflow's tests)", async () => {
    const customerId = await insertTestCustomer(handle.db, { phone: "+1 303 555 0147" });
    const bystander = await insertTestCustomer(handle.db);
    expect(await isMarketingHeld(handle.db, customerId)).toBe(false);

    const { request } = await submit(report({ childPhone: "303-555-0147" }));
    expect(await isMarketingHeld(handle.db, customerId)).toBe(true);
    expect(await isHeldByMinorReport(handle.db, customerId)).toBe(true);
    expect(await isMarketingHeld(handle.db, bystander)).toBe(false);

    for (const status of ["verified", "in_progress", "extended", "denied", "completed"] as const) {
      await handle.db.updateTable("privacyRequests").set({ status }).where("id", "=", request.id).execute();
      expect(await isMarketingHeld(handle.db, customerId)).toBe(true);
    }
    await handle.db.insertInto("minorReportOutcomes").values({ requestId: request.id, holdEndedAt: new Date().toISOString(), holdEndedBecause: "erased", identifiersRemovedAt: null }).execute();
    expect(await isMarketingHeld(handle.db, customerId)).toBe(false);
  });

  it("does not hold marketing because of other kinds of request", async () => {
    const customerId = await insertTestCustomer(handle.db);
    await handle.db
      .insertInto("privacyRequests")
      .values({
        id: randomUUID(),
        reference: "PR-2345-6789",
        type: "deletion",
        status: "received",
        customerId,
        requesterName: "Test Customer",
        requesterEmail: null,
        requesterPostalJson: null,
        detailsJson: "{}",
        urgent: 0,
        receivedAt: new Date().toISOString(),
        acknowledgeBy: "2026-12-15",
        answerBy: "2027-01-15",
        dueOn: "2027-01-15",
        extendedAnswerBy: null,
        idempotencyKey: null,
        assignedTo: null,
        closedAt: null,
        updatedAt: new Date().toISOString(),
      })
      .execute();
    expect(await isMarketingHeld(handle.db, customerId)).toBe(false);
  });
});
