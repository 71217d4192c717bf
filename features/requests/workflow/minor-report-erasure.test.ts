import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { isHeldByMinorReport, isMarketingHeld } from "@/features/minors";
import { minorReportSchema } from "@/features/minors/schemas";
import { planMinorReport } from "@/features/minors/service";
import { submitPublicRequest } from "@/features/requests/submit-public-request";
import { breakOutboxFor, FAILING_ADDRESS, insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { verifyAuditChain } from "@/server/audit/audit-log";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { viewMinorReportFindings } from "./minor-report-findings";
import { completeMinorReport, completeRequest, denyRequest, recordMinorReportMistaken, verifyRequest } from "./request-workflow";
import { countCustomerRows, insertAdministrator, insertCustomerRecords, readTrail, testCipher } from "./workflow-test-fixtures";

const NOW = new Date("2026-12-02T15:00:00Z");
const LATER = new Date("2026-12-03T10:00:00Z");
const links = { statusUrl: (reference: string) => `https://privacy.example.com/requests/${reference}?key=test` };

describe.each(ENGINES)("a minor's report, erased, on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let admin: string;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
    // Mail to FAILING_ADDRESS fails from now on: a real database error inside the completion's transaction.
    await breakOutboxFor(handle.db, engine);
  });

  /** A report as the public form sends it; the child's details as given. */
  async function report(child: { childPhone?: string; childEmail?: string }, reporterEmail = `parent-${randomUUID()}@example.com`): Promise<string> {
    const parsed = minorReportSchema.parse({
      idempotencyKey: randomUUID(),
      reporterName: "Sam Parent",
      reporterEmail,
      relation: "parent",
      childAge: "14",
      disclosed: "His phone number and his voicemail.",
      ...child,
    });
    const outcome = await submitPublicRequest(handle.db, planMinorReport(parsed, (keyId, text) => testCipher.open(keyId, text), links, NOW), NOW);
    if (outcome.kind !== "created") throw new Error(`expected a new report, got ${outcome.kind}`);
    return outcome.request.reference;
  }
  const uniquePhone = () => `+1 415 55${String(Math.floor(Math.random() * 100_000)).padStart(5, "0")}`;
  const account = (id: string) => handle.db.selectFrom("accounts").innerJoin("customers", "customers.accountId", "accounts.id").selectAll().where("accounts.id", "=", id).executeTakeFirstOrThrow();
  const complete = (reference: string, erase: string | null, message = "Thank you for telling us.") =>
    completeMinorReport(handle.db, { reference, actorAccountId: admin, erase, message }, {}, LATER);

  it("needs no identity check: verifying is refused, a message alone does not complete it, and erasing completes it from received", async () => {
    const customerId = await insertTestCustomer(handle.db, { phone: uniquePhone() });
    const phone = (await account(customerId)).phone;
    const reference = await report({ childPhone: phone });
    expect(await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Called them" }, {}, LATER)).toEqual({
      ok: false,
      message: "A report about a minor’s data needs no identity check: act on the child’s data directly.",
    });
    const deps = { cipher: testCipher, siteUrl: "https://privacy.example.com", policyVersion: "2026-11-20" };
    expect((await completeRequest(handle.db, { reference, actorAccountId: admin, message: "Done." }, deps, LATER)).ok).toBe(false);
    expect(await complete(reference, null)).toEqual({ ok: false, message: "Choose what to erase: a matched account, or only the records that hold the reported details." });
    expect(await complete(reference, `account:test-${randomUUID()}`)).toEqual({ ok: false, message: "That account is not one this report matched. Reload the page and choose again." });
    expect((await complete(reference, "identifiers")).ok).toBe(true);

    const { events, emails } = await readTrail(handle.db, reference);
    const told = [...events.filter((event) => event.visibleToRequester).map((event) => event.message), ...emails.map((email) => `${email.subject}\n${email.textBody}`)].join("\n");
    expect(told).not.toMatch(/verif/i);
  });

  it("erases the whole account in one go, keeps what the law requires and says why, ends the hold, and audits it", async () => {
    const customerId = await insertTestCustomer(handle.db, { phone: uniquePhone() });
    await insertCustomerRecords(handle.db, customerId, LATER);
    await handle.db.insertInto("sessions").values({ id: randomUUID(), accountId: customerId, createdAt: NOW.toISOString(), lastSeenAt: NOW.toISOString(), expiresAt: LATER.toISOString(), revokedAt: null }).execute();
    const before = await account(customerId);
    const reference = await report({ childPhone: before.phone.replace(/\D/g, "") });
    expect(await isMarketingHeld(handle.db, customerId)).toBe(true);

    const findings = await viewMinorReportFindings(handle.db, reference, admin, LATER);
    expect(findings?.accounts).toEqual([{ customerId, open: true, email: before.email, fullName: "Test Customer", matchedBy: ["phone number"] }]);
    expect(findings?.records.map((record) => record.what)).toContain(`The phone number on the customer record of ${before.email}`);

    expect(await complete(reference, `account:${customerId}`)).toMatchObject({ ok: true, request: { status: "completed" } });

    const after = await account(customerId);
    expect(after.disabledAt).toBe(LATER.toISOString());
    expect(after.email).not.toBe(before.email);
    expect(after.dateOfBirth).toBe("");
    // Toll records of the last 18 months are kept, with the caller's name, address and number (47 CFR 42.6).
    expect(after.fullName).toBe("Test Customer");
    expect(await countCustomerRows(handle.db, customerId)).toEqual({
      storedCommunications: 0,
      deviceIdentifiers: 0,
      sensitiveItems: 0,
      cpniServices: 0,
      callRecords: 3,
      cpniBillingPeriods: 2,
      consentRecords: 1,
    });
    expect(await handle.db.selectFrom("sessions").select("id").where("accountId", "=", customerId).execute()).toEqual([]);
    expect(await isHeldByMinorReport(handle.db, customerId)).toBe(false);

    const { events, emails, audit } = await readTrail(handle.db, reference);
    const letter = events.find((event) => event.kind === "completed")!;
    expect(letter.visibleToRequester).toBe(true);
    expect(letter.message).toContain("We closed the account the child's details belong to");
    expect(letter.message).toContain("4 stored communications");
    expect(letter.message).toContain("What we kept, and why:");
    expect(letter.message).toContain("47 CFR 42.6");
    expect(letter.message).not.toContain(before.email);
    expect(letter.message).not.toContain(before.phone);
    expect(emails.at(-1)?.subject).toContain("what we did about the child's information");
    expect(audit.at(-1)).toMatchObject({
      action: "complete_minor_report",
      actorAccountId: admin,
      details: { type: "minor_report", erasure: "account", deletedStoredCommunications: 4, deletedSensitiveItems: 3, keptCallRecords: 3, holdEnded: true, delivery: "email" },
    });
    expect((await verifyAuditChain(handle.db)).intact).toBe(true);
  });

  /** A child who used two accounts, one by email and one by phone, each with records; reported by both. */
  async function reportMatchingTwoAccounts() {
    const email = `kid-${randomUUID()}@example.com`;
    const byEmail = await insertTestCustomer(handle.db, { email });
    const phone = uniquePhone();
    const byPhone = await insertTestCustomer(handle.db, { phone });
    for (const customerId of [byEmail, byPhone]) await insertCustomerRecords(handle.db, customerId, LATER);
    return { email, byEmail, byPhone, reference: await report({ childEmail: email, childPhone: phone }) };
  }

  it("erases every matched account in one step when the child used two, ends the hold on both, tells the reporter the total and audits it", async () => {
    const { email, byEmail, byPhone, reference } = await reportMatchingTwoAccounts();
    expect((await viewMinorReportFindings(handle.db, reference, admin, LATER))?.accounts.map((found) => found.customerId).sort()).toEqual([byEmail, byPhone].sort());

    expect(await complete(reference, `account:${byEmail},${byPhone}`)).toMatchObject({ ok: true, request: { status: "completed" } });

    for (const customerId of [byEmail, byPhone]) {
      expect((await account(customerId)).disabledAt).toBe(LATER.toISOString());
      expect(await countCustomerRows(handle.db, customerId)).toMatchObject({ storedCommunications: 0, deviceIdentifiers: 0, sensitiveItems: 0, cpniServices: 0 });
      expect(await isHeldByMinorReport(handle.db, customerId)).toBe(false);
    }
    const { events, audit } = await readTrail(handle.db, reference);
    const letter = events.find((event) => event.kind === "completed")!.message;
    expect(letter).toContain("We closed the 2 accounts the child's details belong to: they can no longer be signed in to.");
    expect(letter).toContain("8 stored communications");
    expect(letter).not.toContain(email);
    expect(events.find((event) => event.kind === "note" && event.message.startsWith("Erased the 2 accounts"))?.visibleToRequester).toBe(false);
    expect(audit.at(-1)).toMatchObject({ action: "complete_minor_report", details: { erasure: "account", erasedAccounts: 2, deletedStoredCommunications: 8, holdEnded: true } });
    expect((await verifyAuditChain(handle.db)).intact).toBe(true);
  });

  it("erases neither of two matched accounts when the letter cannot be written, or when one chosen account is not a match", async () => {
    const { byEmail, byPhone, reference } = await reportMatchingTwoAccounts();
    const bystander = await insertTestCustomer(handle.db);
    expect(await complete(reference, `account:${byEmail},${bystander}`)).toEqual({ ok: false, message: "That account is not one this report matched. Reload the page and choose again." });

    await handle.db.updateTable("privacyRequests").set({ requesterEmail: FAILING_ADDRESS }).where("reference", "=", reference).execute();
    await expect(complete(reference, `account:${byEmail},${byPhone}`)).rejects.toThrow();
    for (const customerId of [byEmail, byPhone]) {
      expect((await account(customerId)).disabledAt).toBeNull();
      expect((await countCustomerRows(handle.db, customerId)).storedCommunications).toBe(4);
      expect(await isHeldByMinorReport(handle.db, customerId)).toBe(true);
    }
    expect((await readTrail(handle.db, reference)).request.status).toBe("received");
  });

  it("erases only the records that hold the reported details, in every account, and leaves the rest of the account alone", async () => {
    const phone = uniquePhone();
    const holder = await insertTestCustomer(handle.db, { phone });
    await insertCustomerRecords(handle.db, holder, LATER);
    // Another customer called the child's number, long ago and lately.
    const caller = await insertTestCustomer(handle.db);
    const call = (startedAt: string) => ({ id: randomUUID(), customerId: caller, startedAt, direction: "outbound" as const, otherParty: phone, durationSeconds: 30 });
    await handle.db.insertInto("callRecords").values([call("2024-01-05T10:00:00.000Z"), call("2026-11-01T10:00:00.000Z")]).execute();

    const reference = await report({ childPhone: phone });
    const findings = await viewMinorReportFindings(handle.db, reference, admin, LATER);
    expect(findings?.records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: "1 call record with the reported number, older than 18 months", erasable: true }),
        expect.objectContaining({ what: "1 call record with the reported number, from the last 18 months", erasable: false, why: expect.stringContaining("47 CFR 42.6") }),
      ]),
    );
    expect((await complete(reference, "identifiers")).ok).toBe(true);

    const after = await account(holder);
    expect(after.phone).toBe("");
    expect(after.disabledAt).toBeNull();
    expect(after.dateOfBirth).toBe("1980-01-01");
    expect((await countCustomerRows(handle.db, holder)).storedCommunications).toBe(4);
    expect((await handle.db.selectFrom("callRecords").select("startedAt").where("customerId", "=", caller).execute()).map((row) => row.startedAt)).toEqual(["2026-11-01T10:00:00.000Z"]);
    expect(await isHeldByMinorReport(handle.db, holder)).toBe(false);
    const { events, audit } = await readTrail(handle.db, reference);
    expect(events.find((event) => event.kind === "completed")?.message).toContain("We removed the phone number you gave from 1 customer record.");
    expect(audit.at(-1)?.details).toMatchObject({ erasure: "identifiers", removedPhones: 1, deletedCallRecords: 1, keptCallRecords: 1 });
  });

  it("erases nothing when any part of the completion fails: one transaction", async () => {
    const customerId = await insertTestCustomer(handle.db, { phone: uniquePhone() });
    await insertCustomerRecords(handle.db, customerId, LATER);
    const phone = (await account(customerId)).phone;
    // The acknowledgement would fail too; link the report the way staff-entered ones are.
    const reference = await report({ childPhone: phone });
    await handle.db.updateTable("privacyRequests").set({ requesterEmail: FAILING_ADDRESS }).where("reference", "=", reference).execute();
    const chain = await verifyAuditChain(handle.db);
    await expect(complete(reference, `account:${customerId}`)).rejects.toThrow();
    expect((await readTrail(handle.db, reference)).request.status).toBe("received");
    expect((await countCustomerRows(handle.db, customerId)).storedCommunications).toBe(4);
    expect((await account(customerId)).disabledAt).toBeNull();
    expect(await isHeldByMinorReport(handle.db, customerId)).toBe(true);
    expect(await verifyAuditChain(handle.db)).toEqual(chain);
  });

  it("holds every matched account from receipt; denying does not lift it; a mistaken report, with its reason, does", async () => {
    const email = `kid-${randomUUID()}@example.com`;
    const byEmail = await insertTestCustomer(handle.db, { email });
    const phone = uniquePhone();
    const byPhone = await insertTestCustomer(handle.db, { phone });
    const bystander = await insertTestCustomer(handle.db);
    const reference = await report({ childEmail: email, childPhone: phone });
    expect(await isHeldByMinorReport(handle.db, byEmail)).toBe(true);
    expect(await isHeldByMinorReport(handle.db, byPhone)).toBe(true);
    expect(await isHeldByMinorReport(handle.db, bystander)).toBe(false);

    expect((await denyRequest(handle.db, { reference, actorAccountId: admin, reason: "We could not reach you.", contactPerson: "Privacy Administrator" }, {}, LATER)).ok).toBe(true);
    expect(await isHeldByMinorReport(handle.db, byEmail)).toBe(true);
    expect(await isHeldByMinorReport(handle.db, byPhone)).toBe(true);

    expect((await recordMinorReportMistaken(handle.db, { reference, actorAccountId: admin, reason: "  " }, {}, LATER)).ok).toBe(false);
    expect(await recordMinorReportMistaken(handle.db, { reference, actorAccountId: admin, reason: "The number is the parent's own business line." }, {}, LATER)).toMatchObject({ ok: true });
    expect(await isHeldByMinorReport(handle.db, byEmail)).toBe(false);
    expect(await isMarketingHeld(handle.db, byPhone)).toBe(false);
    expect(await recordMinorReportMistaken(handle.db, { reference, actorAccountId: admin, reason: "Again." }, {}, LATER)).toEqual({ ok: false, message: "The hold of this report has already ended." });

    const { events, audit } = await readTrail(handle.db, reference);
    expect(events.at(-1)).toMatchObject({ kind: "note", visibleToRequester: false, message: expect.stringContaining("The number is the parent's own business line.") });
    expect(audit.at(-1)).toMatchObject({ action: "record_minor_report_mistaken", actorAccountId: admin });
    // The reason stays on the timeline for staff; the audit log holds no free text.
    expect(JSON.stringify(audit.at(-1)?.details)).not.toContain("business line");
  });
});
