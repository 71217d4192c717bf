import { beforeAll, describe, expect, it } from "vitest";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { findRequestExport } from "./request-export-store";
import { findCustomerRequest, findCustomerRequests, findRequestForAdmin, findRequestForRequester, viewCustomerRecordsForRequest } from "./request-views";
import { addInternalNote, assignRequest, completeMinorReport, completeRequest, verifyRequest } from "./request-workflow";
import { listActiveAdministrators } from "./workflow-repository";
import { insertAdministrator, insertCustomerRecords, insertTestRequest, RECEIVED_AT, SOON_AFTER, testCipher } from "./workflow-test-fixtures";

describe.each(ENGINES)("reading requests on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let admin: string;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
  });

  describe("for staff", () => {
    it("shows who asked, what, the whole timeline with who acted, the assignee and whether the identity is verified", async () => {
      const postal = { streetAddress: null, city: "Fresno", state: "CA", postalCode: "93650" };
      const reference = await insertTestRequest(handle.db, { type: "california_privacy_rights", requesterName: "Pat <b>Requester</b>", requesterPostal: postal, details: { answerChannel: "email" } });
      const before = await findRequestForAdmin(handle.db, reference);
      expect(before).toMatchObject({ reference, status: "received", requesterName: "Pat <b>Requester</b>", requesterPostal: postal, details: { answerChannel: "email" }, verification: null, assignedTo: null, hasExport: false });

      await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Utility bill" }, {}, SOON_AFTER);
      await assignRequest(handle.db, { reference, actorAccountId: admin, assigneeAccountId: admin }, {}, SOON_AFTER);
      const view = (await findRequestForAdmin(handle.db, reference))!;
      const adminEmail = `${admin}@example.com`;
      expect(view.verification).toEqual({ verifiedAt: SOON_AFTER.toISOString(), verifiedByAccountId: admin, verifiedBy: adminEmail });
      expect(view.assignedTo).toEqual({ accountId: admin, email: adminEmail });
      expect(view.events.map(({ kind, visibleToRequester, actorEmail }) => ({ kind, visibleToRequester, actorEmail }))).toEqual([
        { kind: "received", visibleToRequester: true, actorEmail: null },
        { kind: "verified", visibleToRequester: true, actorEmail: adminEmail },
        { kind: "note", visibleToRequester: false, actorEmail: adminEmail },
        { kind: "assigned", visibleToRequester: false, actorEmail: adminEmail },
      ]);
    });

    it("answers undefined for an unknown reference", async () => {
      expect(await findRequestForAdmin(handle.db, "PR-2222-3333")).toBeUndefined();
    });

    it("shows a customer's records only through an audited look, masked", async () => {
      const customerId = await insertTestCustomer(handle.db);
      await insertCustomerRecords(handle.db, customerId, SOON_AFTER);
      const reference = await insertTestRequest(handle.db, { type: "deletion", customerId });
      const audited = () => handle.db.selectFrom("auditLog").select(["action", "actorAccountId", "customerId", "subject"]).where("action", "=", "view_customer_records").where("customerId", "=", customerId).execute();
      expect(await audited()).toEqual([]);

      const inventory = await viewCustomerRecordsForRequest(handle.db, reference, admin, SOON_AFTER);
      expect(inventory?.personal.fullName).toBe("Test Customer");
      expect(JSON.stringify(inventory)).not.toContain("123-45-6789");
      expect(await audited()).toEqual([{ action: "view_customer_records", actorAccountId: admin, customerId, subject: `request:${reference}` }]);
    });

    it("shows no records, and audits nothing, when the request concerns no customer or the viewer is not an administrator", async () => {
      const orphan = await insertTestRequest(handle.db, { customerId: null });
      expect(await viewCustomerRecordsForRequest(handle.db, orphan, admin)).toBeNull();
      const customerId = await insertTestCustomer(handle.db);
      const reference = await insertTestRequest(handle.db, { customerId });
      expect(await viewCustomerRecordsForRequest(handle.db, reference, customerId)).toBeNull();
      const entries = await handle.db.selectFrom("auditLog").select("sequence").where("action", "=", "view_customer_records").where("subject", "in", [`request:${orphan}`, `request:${reference}`]).execute();
      expect(entries).toEqual([]);
    });

    it("lists the active administrators, and no one else", async () => {
      const disabled = await insertAdministrator(handle.db, { disabled: true });
      const customer = await insertAdministrator(handle.db, { role: "customer" });
      const ids = (await listActiveAdministrators(handle.db)).map((administrator) => administrator.accountId);
      expect(ids).toContain(admin);
      expect(ids).not.toContain(disabled);
      expect(ids).not.toContain(customer);
    });
  });

  describe("for the customer", () => {
    it("lists only the customer's own requests, newest first", async () => {
      const customerId = await insertTestCustomer(handle.db);
      const other = await insertTestCustomer(handle.db);
      const older = await insertTestRequest(handle.db, { customerId, type: "access", receivedAt: RECEIVED_AT });
      const newer = await insertTestRequest(handle.db, { customerId, type: "deletion", receivedAt: new Date("2026-12-02T09:00:00Z") });
      await insertTestRequest(handle.db, { customerId: other });
      expect(await findCustomerRequests(handle.db, customerId)).toEqual([
        { reference: newer, type: "deletion", status: "received", receivedAt: "2026-12-02T09:00:00.000Z", answerBy: "2027-01-16", extendedAnswerBy: null, closedAt: null },
        { reference: older, type: "access", status: "received", receivedAt: RECEIVED_AT.toISOString(), answerBy: "2027-01-15", extendedAnswerBy: null, closedAt: null },
      ]);
    });

    it("shows one request only to its customer, with only the events meant for them", async () => {
      const customerId = await insertTestCustomer(handle.db);
      const reference = await insertTestRequest(handle.db, { customerId });
      await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Called the number on file" }, {}, SOON_AFTER);
      await addInternalNote(handle.db, { reference, actorAccountId: admin, note: "Sounded unsure." }, {}, SOON_AFTER);

      const view = await findCustomerRequest(handle.db, customerId, reference);
      expect(view).toMatchObject({ reference, type: "access", status: "verified", hasDownload: false });
      expect(view!.events.map((event) => event.kind)).toEqual(["received", "verified"]);
      expect(JSON.stringify(view)).not.toContain("Called the number");
      expect(JSON.stringify(view)).not.toContain("Sounded unsure");

      expect(await findCustomerRequest(handle.db, await insertTestCustomer(handle.db), reference)).toBeUndefined();
    });

    it("never shows the customer a request someone else made about them, nor the administrator's letters to that person", async () => {
      const customerId = await insertTestCustomer(handle.db);
      await insertCustomerRecords(handle.db, customerId, SOON_AFTER);
      const own = await insertTestRequest(handle.db, { customerId, type: "correction" });
      // A minor's report that matched the account, and a request made without an account that staff linked to it.
      const report = await insertTestRequest(handle.db, { customerId, type: "minor_report", details: { childEmail: "child@example.com" } });
      const california = await insertTestRequest(handle.db, { customerId, type: "california_privacy_rights", details: { answerChannel: "email" } });
      // Even an access request about them, made by someone else, is not theirs, nor is its copy.
      const accessByOther = await insertTestRequest(handle.db, { customerId, type: "access", requestedByCustomerId: null });
      // A minor's report needs no identity check, and is completed by erasing: here only records holding the reported address (none).
      expect((await completeMinorReport(handle.db, { reference: report, actorAccountId: admin, erase: "identifiers", message: "We deleted the child's information." }, {}, SOON_AFTER)).ok).toBe(true);
      for (const reference of [california, accessByOther]) {
        await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Called the reporter back" }, {}, SOON_AFTER);
        const done = await completeRequest(handle.db, { reference, actorAccountId: admin, message: "We deleted the child's information." }, { cipher: testCipher, siteUrl: "https://privacy.example.com", policyVersion: "2026-11-20" }, SOON_AFTER);
        expect(done.ok).toBe(true);
      }

      expect((await findCustomerRequests(handle.db, customerId)).map((request) => request.reference)).toEqual([own]);
      for (const reference of [report, california, accessByOther]) {
        expect(await findCustomerRequest(handle.db, customerId, reference)).toBeUndefined();
        expect(await findRequestExport(handle.db, customerId, reference, testCipher)).toBeUndefined();
      }
      // The console still finds them by the customer they concern.
      expect(await findRequestForAdmin(handle.db, report)).toMatchObject({ customerId, type: "minor_report" });
      expect((await viewCustomerRecordsForRequest(handle.db, report, admin, SOON_AFTER))?.personal.fullName).toBe("Test Customer");
    });

    it("shows the customer a request they made even when it concerns nobody's records any more", async () => {
      const customerId = await insertTestCustomer(handle.db);
      const reference = await insertTestRequest(handle.db, { customerId: null, requestedByCustomerId: customerId, type: "correction" });
      expect((await findCustomerRequests(handle.db, customerId)).map((request) => request.reference)).toEqual([reference]);
      expect(await findCustomerRequest(handle.db, customerId, reference)).toMatchObject({ reference, type: "correction" });
    });
  });

  describe("for a requester without an account (through their signed link)", () => {
    it("shows the events meant for them, never staff notes, and never a download", async () => {
      const reference = await insertTestRequest(handle.db, { type: "california_privacy_rights", details: { answerChannel: "email" } });
      await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Replied from the address given" }, {}, SOON_AFTER);
      await addInternalNote(handle.db, { reference, actorAccountId: admin, note: "Looks genuine." }, {}, SOON_AFTER);

      const view = await findRequestForRequester(handle.db, reference);
      expect(view).toMatchObject({ reference, type: "california_privacy_rights", status: "verified", hasDownload: false });
      expect(view!.events.map((event) => event.kind)).toEqual(["received", "verified"]);
      expect(JSON.stringify(view)).not.toContain("Looks genuine");
      expect(await findRequestForRequester(handle.db, "PR-2222-2222")).toBeUndefined();
    });

    it("never shows a request a customer made from their account: that one is followed, and downloaded, signed in", async () => {
      const customerId = await insertTestCustomer(handle.db);
      const reference = await insertTestRequest(handle.db, { customerId, type: "access" });
      expect(await findRequestForRequester(handle.db, reference)).toBeUndefined();
    });
  });
});
