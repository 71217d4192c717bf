import { beforeAll, describe, expect, it } from "vitest";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { verifyAuditChain } from "@/server/audit/audit-log";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { deletionScope } from "@/lib/requests/deletion-scope";
import { findRequestExport, readWholeExport } from "./request-export-store";
import { findCustomerRequest } from "./request-views";
import { completeMinorReport, completeRequest, extendRequest, startRequest, verifyRequest } from "./request-workflow";
import { countCustomerRows, insertAdministrator, insertCustomerRecords, insertTestRequest, readTrail, SOON_AFTER, testCipher } from "./workflow-test-fixtures";

const deps = { cipher: testCipher, siteUrl: "https://privacy.example.com/", policyVersion: "2026-11-20" };

describe.each(ENGINES)("completing a request on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let admin: string;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
  });

  const verifiedRequest = async (options: Parameters<typeof insertTestRequest>[1]) => {
    const reference = await insertTestRequest(handle.db, options);
    await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Phone call" }, {}, SOON_AFTER);
    return reference;
  };
  const exportOf = (reference: string) =>
    handle.db
      .selectFrom("requestExports")
      .innerJoin("privacyRequests", "privacyRequests.id", "requestExports.requestId")
      .leftJoin("requestExportParts", "requestExportParts.requestId", "requestExports.requestId")
      .select(["requestExports.fileName", "requestExports.partCount", "requestExportParts.ciphertext"])
      .where("privacyRequests.reference", "=", reference)
      .orderBy("requestExportParts.part")
      .executeTakeFirst();
  const complete = (reference: string, message = "Here is what we did.") => completeRequest(handle.db, { reference, actorAccountId: admin, message }, deps, SOON_AFTER);

  it("is refused before the identity is verified, writing nothing", async () => {
    const customerId = await insertTestCustomer(handle.db);
    const reference = await insertTestRequest(handle.db, { type: "access", customerId });
    const chain = await verifyAuditChain(handle.db);
    expect(await complete(reference)).toEqual({ ok: false, message: "Verify the requester’s identity before completing this request." });
    expect((await readTrail(handle.db, reference)).request.status).toBe("received");
    expect(await exportOf(reference)).toBeUndefined();
    expect(await verifyAuditChain(handle.db)).toEqual(chain);
  });

  it("completes from in progress and from extended too, and only once", async () => {
    const started = await verifiedRequest({ type: "correction", details: { field: "cpni", fieldTitle: "CPNI", correction: "Wrong plan" } });
    await startRequest(handle.db, { reference: started, actorAccountId: admin }, {}, SOON_AFTER);
    expect(await complete(started, "We corrected your plan to Pro.")).toMatchObject({ ok: true, request: { status: "completed", closedAt: SOON_AFTER.toISOString() } });
    expect(await complete(started)).toEqual({ ok: false, message: "This request is already completed." });

    const extended = await verifiedRequest({ type: "correction" });
    await extendRequest(handle.db, { reference: extended, actorAccountId: admin, reason: "Checking with billing." }, {}, SOON_AFTER);
    expect((await complete(extended, "Corrected.")).ok).toBe(true);
  });

  describe("an access request", () => {
    it("stores a sealed copy the owner can download, points the email to it, and attaches nothing", async () => {
      const customerId = await insertTestCustomer(handle.db);
      await insertCustomerRecords(handle.db, customerId, SOON_AFTER);
      const reference = await verifiedRequest({ type: "access", customerId });
      expect(await findCustomerRequest(handle.db, customerId, reference)).toMatchObject({ status: "verified", hasDownload: false });

      expect(await complete(reference, "Your copy covers every category we hold.")).toMatchObject({ ok: true, request: { status: "completed" } });

      const stored = (await exportOf(reference))!;
      expect(stored.fileName).toBe("phone-com-privacy-data-2026-12-03.json");
      expect(stored.ciphertext).not.toContain("Test Customer");

      const copy = await findRequestExport(handle.db, customerId, reference, testCipher);
      expect(copy?.fileName).toBe("phone-com-privacy-data-2026-12-03.json");
      const text = await readWholeExport(copy!.parts);
      const body = JSON.parse(text) as { policyVersion: string; categories: { id: string; records: unknown }[] };
      expect(body.policyVersion).toBe("2026-11-20");
      const personal = body.categories.find((category) => category.id === "personal-information")!.records as { fullName: string };
      expect(personal.fullName).toBe("Test Customer");
      // Masked, as everywhere: the full number never leaves the vault.
      expect(text).not.toContain("123-45-6789");
      expect(await findCustomerRequest(handle.db, customerId, reference)).toMatchObject({ status: "completed", hasDownload: true });

      const trail = await readTrail(handle.db, reference);
      const email = trail.emails.at(-1)!;
      expect(email.subject).toBe(`Copy of your information (${reference}): your copy is ready`);
      expect(email.textBody).toContain(`https://privacy.example.com/account/requests/${reference}`);
      expect(email.textBody).toContain("Your copy covers every category we hold.");
      expect(email.textBody).not.toContain("1 Main St");
      expect(trail.audit.at(-1)).toMatchObject({ action: "complete_request", customerId, details: { type: "access", exportStored: true, delivery: "email" } });
    });

    it("gives the copy to nobody but the customer it concerns", async () => {
      const owner = await insertTestCustomer(handle.db);
      const stranger = await insertTestCustomer(handle.db);
      const reference = await verifiedRequest({ type: "access", customerId: owner });
      await complete(reference);
      expect(await findRequestExport(handle.db, owner, reference, testCipher)).toBeDefined();
      expect(await findRequestExport(handle.db, stranger, reference, testCipher)).toBeUndefined();
      expect(await findCustomerRequest(handle.db, stranger, reference)).toBeUndefined();
    });

    it("is refused when the request concerns no customer record", async () => {
      const reference = await verifiedRequest({ type: "access", customerId: null });
      const outcome = await complete(reference);
      expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^This request is not linked to a customer record, so there is nothing to send\./) });
      const trail = await readTrail(handle.db, reference);
      expect(trail.request.status).toBe("verified");
      expect(trail.audit.map((entry) => entry.action)).toEqual(["verify_request"]);
    });
  });

  describe("a deletion request", () => {
    it("deletes exactly what the scope lists, keeps the rest, and tells the customer both", async () => {
      const customerId = await insertTestCustomer(handle.db);
      const bystander = await insertTestCustomer(handle.db);
      await insertCustomerRecords(handle.db, customerId, SOON_AFTER);
      await insertCustomerRecords(handle.db, bystander, SOON_AFTER);
      const untouched = await countCustomerRows(handle.db, bystander);
      const reference = await verifiedRequest({ type: "deletion", customerId });

      expect((await complete(reference, "Done as you asked.")).ok).toBe(true);

      expect(await countCustomerRows(handle.db, customerId)).toEqual({
        storedCommunications: 0,
        deviceIdentifiers: 0,
        sensitiveItems: 1,
        cpniServices: 1,
        callRecords: 3,
        cpniBillingPeriods: 2,
        consentRecords: 1,
      });
      expect(await countCustomerRows(handle.db, bystander)).toEqual(untouched);
      const kinds = await handle.db.selectFrom("sensitiveItems").select("kind").where("customerId", "=", customerId).execute();
      expect(kinds).toEqual([{ kind: "account_number" }]);
      const customer = await handle.db.selectFrom("customers").select(["fullName", "dateOfBirth"]).where("accountId", "=", customerId).executeTakeFirstOrThrow();
      expect(customer).toEqual({ fullName: "Test Customer", dateOfBirth: "1980-01-01" });

      const trail = await readTrail(handle.db, reference);
      const event = trail.events.find((candidate) => candidate.kind === "completed")!;
      expect(event.visibleToRequester).toBe(true);
      for (const text of [event.message, trail.emails.at(-1)!.textBody]) {
        expect(text).toContain("Done as you asked.");
        expect(text).toContain("- 4 stored communications (voicemail, call recordings, messages and faxes)");
        expect(text).toContain("- 2 cookies and device identifiers");
        expect(text).toContain("- 2 Sensitive Personal Information items: Credit or debit card number, Social Security number");
        expect(text).toContain("- 2 call records and 2 billing periods older than 18 months");
        expect(text).toContain("- 3 call records and 2 billing periods from the last 18 months. The FCC requires us to keep them for 18 months (47 CFR 42.6).");
        for (const kept of deletionScope.kept) expect(text).toContain(kept.why);
      }
      expect(trail.audit.at(-1)).toMatchObject({
        action: "complete_request",
        customerId,
        details: { type: "deletion", deletedStoredCommunications: 4, deletedDeviceIdentifiers: 2, deletedSensitiveItems: 2, deletedCallRecords: 2, deletedBillingPeriods: 2 },
      });
    });
  });

  describe("a correction request", () => {
    it("changes the date of birth only when the request is completed", async () => {
      const customerId = await insertTestCustomer(handle.db);
      const reference = await verifiedRequest({ type: "correction", customerId, details: { field: "date_of_birth", requestedValue: "1984-06-12", note: null } });
      const dateOfBirth = () => handle.db.selectFrom("customers").select("dateOfBirth").where("accountId", "=", customerId).executeTakeFirstOrThrow();
      expect(await dateOfBirth()).toEqual({ dateOfBirth: "1980-01-01" });

      expect((await complete(reference, "We checked your passport.")).ok).toBe(true);
      expect(await dateOfBirth()).toEqual({ dateOfBirth: "1984-06-12" });
      const trail = await readTrail(handle.db, reference);
      expect(trail.emails.at(-1)!.textBody).toContain("corrected your date of birth to June 12, 1984");
      expect(trail.audit.at(-1)).toMatchObject({ details: { type: "correction", dateOfBirthCorrected: true } });
    });

    it("refuses a requested date that is not a date", async () => {
      const customerId = await insertTestCustomer(handle.db);
      const reference = await verifiedRequest({ type: "correction", customerId, details: { field: "date_of_birth", requestedValue: "1984-02-30" } });
      expect(await complete(reference)).toMatchObject({ ok: false, message: expect.stringContaining("That date does not exist.") });
    });

    it("answers other corrections with the administrator's message", async () => {
      const reference = await verifiedRequest({ type: "correction", details: { field: "cpni", fieldTitle: "CPNI", correction: "My plan is wrong" } });
      expect((await complete(reference, "We corrected your plan to Business Pro.")).ok).toBe(true);
      const trail = await readTrail(handle.db, reference);
      expect(trail.events.at(-1)).toMatchObject({ kind: "completed", visibleToRequester: true, message: "We corrected your plan to Business Pro." });
    });
  });

  it("answers a California Privacy Rights request with the administrator's message, and a minor's report with it and what was erased", async () => {
    const california = await verifiedRequest({ type: "california_privacy_rights", details: { answerChannel: "email" } });
    expect((await complete(california, "We shared no personal information with third parties for their direct marketing.")).ok).toBe(true);
    const trail = await readTrail(handle.db, california);
    expect(trail.emails.at(-1)!.subject).toBe(`Your California Privacy Rights (${california}): our answer`);
    expect(trail.emails.at(-1)!.textBody).toContain("We shared no personal information with third parties for their direct marketing.");

    // No identity check before acting on a child's data (minor-report-erasure.test.ts has the erasure itself).
    const minor = await insertTestRequest(handle.db, { type: "minor_report", requesterEmail: null, requesterPostal: null });
    expect((await completeMinorReport(handle.db, { reference: minor, actorAccountId: admin, erase: null, message: "We deleted the child's data." }, {}, SOON_AFTER)).ok).toBe(true);
    const minorTrail = await readTrail(handle.db, minor);
    expect(minorTrail.emails).toEqual([]);
    expect(minorTrail.events.at(-1)).toMatchObject({ kind: "note", visibleToRequester: false, message: expect.stringContaining("cannot be sent") });
    expect(minorTrail.audit.at(-1)!.details).toMatchObject({ delivery: "none" });
  });
});
