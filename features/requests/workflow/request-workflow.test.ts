import { beforeAll, describe, expect, it } from "vitest";
import { breakOutboxFor, FAILING_ADDRESS, insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { verifyAuditChain } from "@/server/audit/audit-log";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { addInternalNote, assignRequest, completeMinorReport, completeRequest, denyRequest, extendRequest, startRequest, verifyRequest } from "./request-workflow";
import { insertAdministrator, insertTestRequest, readTrail, SOON_AFTER, testCipher } from "./workflow-test-fixtures";

describe.each(ENGINES)("the Privacy Administrator's workflow on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let admin: string;
  beforeAll(async () => {
    await breakOutboxFor(handle.db, engine);
    admin = await insertAdministrator(handle.db);
  });

  const verified = async (options: Parameters<typeof insertTestRequest>[1] = {}) => {
    const reference = await insertTestRequest(handle.db, options);
    expect(await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Called the number on file" }, {}, SOON_AFTER)).toMatchObject({ ok: true });
    return reference;
  };

  /** A refused step must leave the request, its timeline, the outbox and the audit log exactly as they were. */
  async function expectNothingWritten(reference: string, step: () => Promise<{ ok: boolean }>) {
    const before = await readTrail(handle.db, reference);
    const chain = await verifyAuditChain(handle.db);
    const outcome = await step();
    expect(outcome.ok).toBe(false);
    expect(await readTrail(handle.db, reference)).toEqual(before);
    expect(await verifyAuditChain(handle.db)).toEqual(chain);
    return outcome as { ok: false; message: string };
  }

  describe("verifying identity", () => {
    it("tells the requester only that it was verified, and keeps how for staff", async () => {
      const reference = await insertTestRequest(handle.db);
      const outcome = await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Matched the last four digits of the card" }, {}, SOON_AFTER);
      expect(outcome).toMatchObject({ ok: true, request: { reference, status: "verified", closedAt: null } });

      const trail = await readTrail(handle.db, reference);
      expect(trail.request.updatedAt).toBe(SOON_AFTER.toISOString());
      expect(trail.events.slice(1)).toEqual([
        { kind: "verified", visibleToRequester: true, actorAccountId: admin, message: expect.stringMatching(/^We verified your identity\.\n\nWe will answer your request by January 15, 2027\.$/) },
        { kind: "note", visibleToRequester: false, actorAccountId: admin, message: "Identity verified: Matched the last four digits of the card" },
      ]);
      expect(trail.emails).toHaveLength(1);
      expect(trail.emails[0]).toMatchObject({ toAddress: trail.request.requesterEmail, subject: `Copy of your information (${reference}): we verified your identity` });
      expect(trail.emails[0]!.textBody).not.toContain("card");
      expect(trail.emails[0]!.textBody.trimEnd().endsWith("Attn: Privacy Administrator")).toBe(true);
      expect(trail.audit).toEqual([
        { action: "verify_request", actorRole: "admin", actorAccountId: admin, customerId: null, details: { type: "access", delivery: "email" } },
      ]);
    });

    it("is refused once the identity is verified, and leaves nothing behind", async () => {
      const reference = await verified();
      const refused = await expectNothingWritten(reference, () => verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Again" }, {}, SOON_AFTER));
      expect(refused.message).toBe("The requester’s identity is already verified.");
    });

    it("is refused to an account that is not an active Privacy Administrator", async () => {
      const reference = await insertTestRequest(handle.db);
      const customer = await insertTestCustomer(handle.db);
      const former = await insertAdministrator(handle.db, { disabled: true });
      for (const actorAccountId of [customer, former, "nobody"]) {
        const refused = await expectNothingWritten(reference, () => verifyRequest(handle.db, { reference, actorAccountId, method: "Phone call" }, {}, SOON_AFTER));
        expect(refused.message).toBe("Only a Privacy Administrator can act on requests.");
      }
    });

    it("says so when there is no such request, or the input is not valid", async () => {
      expect(await verifyRequest(handle.db, { reference: "PR-2222-2222", actorAccountId: admin, method: "Phone" })).toEqual({ ok: false, message: "There is no request with the reference PR-2222-2222." });
      const reference = await insertTestRequest(handle.db);
      expect(await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "   " })).toEqual({ ok: false, message: "Say how you verified the requester’s identity." });
      expect(await verifyRequest(handle.db, { reference: "not-a-reference", actorAccountId: admin, method: "Phone" })).toMatchObject({ ok: false, message: expect.stringContaining("PR-7K4Q-9M2X") });
    });
  });

  describe("starting work", () => {
    it("moves a verified request to in progress and tells the requester", async () => {
      const reference = await verified();
      expect(await startRequest(handle.db, { reference, actorAccountId: admin }, {}, SOON_AFTER)).toMatchObject({ ok: true, request: { status: "in_progress" } });
      const trail = await readTrail(handle.db, reference);
      expect(trail.events.at(-1)).toMatchObject({ kind: "in_progress", visibleToRequester: true, message: expect.stringContaining("We have started work on your request.") });
      expect(trail.emails.map((email) => email.subject)).toContain(`Copy of your information (${reference}): we are working on it`);
      expect(trail.audit.at(-1)).toMatchObject({ action: "start_request", details: { type: "access", delivery: "email" } });
    });

    it("is refused before the identity is verified", async () => {
      const reference = await insertTestRequest(handle.db);
      const refused = await expectNothingWritten(reference, () => startRequest(handle.db, { reference, actorAccountId: admin }, {}, SOON_AFTER));
      expect(refused.message).toBe("Verify the requester’s identity before starting work on this request.");
    });
  });

  describe("extending", () => {
    it("moves the answer day to 90 days after receipt, once, and tells the requester why and until when", async () => {
      const reference = await verified({ type: "deletion" });
      const outcome = await extendRequest(handle.db, { reference, actorAccountId: admin, reason: "Your records span three systems we must search." }, {}, SOON_AFTER);
      expect(outcome).toMatchObject({ ok: true, request: { status: "extended", answerBy: "2027-01-15", extendedAnswerBy: "2027-03-01" } });

      const trail = await readTrail(handle.db, reference);
      expect(trail.request.extendedAnswerBy).toBe("2027-03-01");
      // The queue sorts and counts overdue work by the day it is due now.
      const queued = await handle.db.selectFrom("privacyRequests").select("dueOn").where("reference", "=", reference).executeTakeFirstOrThrow();
      expect(queued.dueOn).toBe("2027-03-01");
      const event = trail.events.at(-1)!;
      expect(event).toMatchObject({ kind: "extended", visibleToRequester: true });
      expect(event.message).toContain("The reason: Your records span three systems we must search.");
      expect(event.message).toContain("We will answer by March 1, 2027 instead of January 15, 2027.");
      const email = trail.emails.find((candidate) => candidate.subject.includes("we will answer by March 1, 2027"))!;
      expect(email.textBody).toContain("The reason: Your records span three systems we must search.");
      expect(trail.audit.at(-1)).toMatchObject({ action: "extend_request", details: { type: "deletion", extendedAnswerBy: "2027-03-01", delivery: "email" } });

      const again = await expectNothingWritten(reference, () => extendRequest(handle.db, { reference, actorAccountId: admin, reason: "Still more time." }, {}, SOON_AFTER));
      expect(again.message).toBe("This request was already extended once, to March 1, 2027; the law allows only one extension.");
    });

    it("is refused for a California Privacy Rights request and a minor's report, which the law gives no extension", async () => {
      const california = await verified({ type: "california_privacy_rights" });
      const refused = await expectNothingWritten(california, () => extendRequest(handle.db, { reference: california, actorAccountId: admin, reason: "Busy." }, {}, SOON_AFTER));
      expect(refused.message).toMatch(/^A “Your California Privacy Rights” request cannot be extended/);
      const minor = await insertTestRequest(handle.db, { type: "minor_report" });
      await startRequest(handle.db, { reference: minor, actorAccountId: admin }, {}, SOON_AFTER);
      expect((await extendRequest(handle.db, { reference: minor, actorAccountId: admin, reason: "Busy." }, {}, SOON_AFTER)).ok).toBe(false);
    });

    it("is refused once the first deadline has passed, and once the request is closed", async () => {
      const late = await verified({ type: "access" });
      const refused = await expectNothingWritten(late, () => extendRequest(handle.db, { reference: late, actorAccountId: admin, reason: "Late." }, {}, new Date("2027-01-16T09:00:00Z")));
      expect(refused.message).toBe("The answer was due on January 15, 2027: an extension can only be given before the first deadline passes.");

      const closed = await verified();
      await denyRequest(handle.db, { reference: closed, actorAccountId: admin, reason: "We could not confirm who you are.", contactPerson: "Dana Smith, Privacy Administrator" }, {}, SOON_AFTER);
      const afterDenial = await expectNothingWritten(closed, () => extendRequest(handle.db, { reference: closed, actorAccountId: admin, reason: "More time." }, {}, SOON_AFTER));
      expect(afterDenial.message).toBe("This request was denied, so it cannot be extended.");
    });
  });

  describe("denying", () => {
    it("closes the request and gives the reason and a contact person, in the email and on the timeline", async () => {
      const reference = await insertTestRequest(handle.db, { type: "correction" });
      const outcome = await denyRequest(
        handle.db,
        { reference, actorAccountId: admin, reason: "We could not confirm that you hold this account.", contactPerson: "Dana Smith, Privacy Administrator" },
        {},
        SOON_AFTER,
      );
      expect(outcome).toMatchObject({ ok: true, request: { status: "denied", closedAt: SOON_AFTER.toISOString() } });

      const trail = await readTrail(handle.db, reference);
      const event = trail.events.at(-1)!;
      expect(event).toMatchObject({ kind: "denied", visibleToRequester: true });
      for (const text of [event.message, trail.emails.at(-1)!.textBody]) {
        expect(text).toContain("The reason: We could not confirm that you hold this account.");
        expect(text).toContain("contact Dana Smith, Privacy Administrator.");
        expect(text).toContain("Email: legal@phone.com");
      }
      expect(trail.audit.at(-1)).toMatchObject({ action: "deny_request", details: { type: "correction", delivery: "email" } });

      const again = await expectNothingWritten(reference, () => denyRequest(handle.db, { reference, actorAccountId: admin, reason: "Again.", contactPerson: "Dana" }, {}, SOON_AFTER));
      expect(again.message).toBe("This request was already denied.");
    });

    it("asks staff to post the answer when the requester gave no email address", async () => {
      const reference = await insertTestRequest(handle.db, {
        type: "california_privacy_rights",
        requesterName: "Lee Post",
        requesterEmail: null,
        requesterPostal: { streetAddress: "12 Oak St", city: "Fresno", state: "CA", postalCode: "93650" },
        details: { answerChannel: "postal" },
      });
      expect((await denyRequest(handle.db, { reference, actorAccountId: admin, reason: "Not a California resident.", contactPerson: "Dana Smith" }, {}, SOON_AFTER)).ok).toBe(true);
      const trail = await readTrail(handle.db, reference);
      expect(trail.emails).toEqual([]);
      expect(trail.events.at(-1)).toMatchObject({ kind: "note", visibleToRequester: false, message: "The requester asked for the answer by post: send this answer by post to Lee Post, 12 Oak St, Fresno, CA 93650." });
      expect(trail.audit.at(-1)!.details).toMatchObject({ delivery: "post" });
    });

    it("keeps free text exactly as written", async () => {
      const reference = await insertTestRequest(handle.db);
      const reason = "<script>alert('x')</script> & \"quotes\"";
      await denyRequest(handle.db, { reference, actorAccountId: admin, reason, contactPerson: "<b>Dana</b>" }, {}, SOON_AFTER);
      const trail = await readTrail(handle.db, reference);
      expect(trail.events.at(-1)!.message).toContain(`The reason: ${reason}`);
      expect(trail.events.at(-1)!.message).toContain("contact <b>Dana</b>.");
      // Never in the audit log: only kinds and flags go there.
      expect(JSON.stringify(trail.audit)).not.toContain("script");
    });
  });

  describe("greeting the requester", () => {
    const lure = "Your account is locked - verify at https://evil.example/login";
    const deps = { cipher: testCipher, siteUrl: "https://privacy.example.com", policyVersion: "2026-11-20" };

    it("never repeats the name typed into a public form, at any step", async () => {
      for (const type of ["california_privacy_rights", "minor_report"] as const) {
        const minor = type === "minor_report";
        const answered = await insertTestRequest(handle.db, { type, requesterName: lure, details: type === "california_privacy_rights" ? { answerChannel: "email" } : {} });
        // A minor's report has no identity check, and is completed by erasing.
        if (!minor) await verifyRequest(handle.db, { reference: answered, actorAccountId: admin, method: "Replied from the address given" }, {}, SOON_AFTER);
        await startRequest(handle.db, { reference: answered, actorAccountId: admin }, {}, SOON_AFTER);
        const completed = minor
          ? await completeMinorReport(handle.db, { reference: answered, actorAccountId: admin, erase: null, message: "Here is our answer." }, {}, SOON_AFTER)
          : await completeRequest(handle.db, { reference: answered, actorAccountId: admin, message: "Here is our answer." }, deps, SOON_AFTER);
        expect(completed.ok).toBe(true);
        const denied = await insertTestRequest(handle.db, { type, requesterName: lure });
        expect((await denyRequest(handle.db, { reference: denied, actorAccountId: admin, reason: "We could not reach you.", contactPerson: "Dana Smith" }, {}, SOON_AFTER)).ok).toBe(true);

        const emails = [...(await readTrail(handle.db, answered)).emails, ...(await readTrail(handle.db, denied)).emails];
        expect(emails.map((email) => email.subject)).toEqual([
          ...(minor ? [] : [expect.stringContaining("we verified your identity")]),
          expect.stringContaining("we are working on it"),
          expect.stringContaining(minor ? "what we did about the child's information" : "our answer"),
          expect.stringContaining("we cannot fulfil it"),
        ]);
        for (const email of emails) {
          expect(email.textBody.startsWith("Hello,\n")).toBe(true);
          for (const part of ["locked", "evil.example"]) expect(`${email.subject}\n${email.textBody}`).not.toContain(part);
        }
      }
    });

    it("greets a customer who asked from their account by the name on their customer record", async () => {
      const customerId = await insertTestCustomer(handle.db);
      const reference = await insertTestRequest(handle.db, { type: "correction", customerId, requesterName: "Test Customer" });
      await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Signed in" }, {}, SOON_AFTER);
      expect((await readTrail(handle.db, reference)).emails.map((email) => email.textBody.split("\n")[0])).toEqual(["Dear Test Customer,"]);
    });
  });

  describe("notes and assignment", () => {
    it("adds a note only staff see, at any step, with no email", async () => {
      const reference = await insertTestRequest(handle.db);
      await denyRequest(handle.db, { reference, actorAccountId: admin, reason: "No.", contactPerson: "Dana" }, {}, SOON_AFTER);
      const before = await readTrail(handle.db, reference);
      expect(await addInternalNote(handle.db, { reference, actorAccountId: admin, note: "Requester phoned; <i>told</i> them." }, {}, SOON_AFTER)).toMatchObject({ ok: true, request: { status: "denied" } });
      const after = await readTrail(handle.db, reference);
      expect(after.events.at(-1)).toEqual({ kind: "note", visibleToRequester: false, actorAccountId: admin, message: "Requester phoned; <i>told</i> them." });
      expect(after.emails).toEqual(before.emails);
      expect(after.audit.at(-1)).toMatchObject({ action: "add_request_note", details: { type: "access" } });
    });

    it("assigns to an administrator and back to nobody, and refuses any other account", async () => {
      const reference = await insertTestRequest(handle.db);
      const colleague = await insertAdministrator(handle.db);
      expect((await assignRequest(handle.db, { reference, actorAccountId: admin, assigneeAccountId: colleague }, {}, SOON_AFTER)).ok).toBe(true);
      let trail = await readTrail(handle.db, reference);
      expect(trail.request.assignedTo).toBe(colleague);
      expect(trail.events.at(-1)).toMatchObject({ kind: "assigned", visibleToRequester: false, message: `Assigned to ${colleague}@example.com.` });
      expect(trail.emails).toEqual([]);
      expect(trail.audit.at(-1)).toMatchObject({ action: "assign_request", details: { assigneeAccountId: colleague } });

      const customer = await insertTestCustomer(handle.db);
      const refused = await expectNothingWritten(reference, () => assignRequest(handle.db, { reference, actorAccountId: admin, assigneeAccountId: customer }, {}, SOON_AFTER));
      expect(refused.message).toBe("A request can only be assigned to a Privacy Administrator’s account.");

      expect((await assignRequest(handle.db, { reference, actorAccountId: admin, assigneeAccountId: null }, {}, SOON_AFTER)).ok).toBe(true);
      trail = await readTrail(handle.db, reference);
      expect(trail.request.assignedTo).toBeNull();
      expect(trail.request.status).toBe("received");
    });
  });

  it("keeps the status as it was when the requester's email cannot be written", async () => {
    const reference = await insertTestRequest(handle.db, { requesterEmail: FAILING_ADDRESS });
    const before = await readTrail(handle.db, reference);
    const chain = await verifyAuditChain(handle.db);
    await expect(verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Phone" }, {}, SOON_AFTER)).rejects.toThrow(/outbox is unavailable/);
    expect(await readTrail(handle.db, reference)).toEqual(before);
    expect(before.request.status).toBe("received");
    expect(await verifyAuditChain(handle.db)).toEqual(chain);
  });

  it("lets only one of two administrators acting at once move the request", async () => {
    const reference = await insertTestRequest(handle.db);
    const other = await insertAdministrator(handle.db);
    const outcomes = await Promise.all([
      verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Phone" }, {}, SOON_AFTER),
      verifyRequest(handle.db, { reference, actorAccountId: other, method: "Email" }, {}, SOON_AFTER),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    const trail = await readTrail(handle.db, reference);
    expect(trail.events.filter((event) => event.kind === "verified")).toHaveLength(1);
    expect(trail.audit.filter((entry) => entry.action === "verify_request")).toHaveLength(1);
  });
});
