import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/server/audit/audit-log";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { REFERENCE_PATTERN } from "./reference";
import { findRequestByReference } from "./repository";
import type { TypedRequestDetails } from "@/lib/requests/request-details";
import { type PublicRequestPlan, submitPublicRequest } from "./submit-public-request";
import { breakOutboxFor, FAILING_ADDRESS } from "./testing/request-fixtures";

function planFor(overrides: { key?: string; email?: string | null; type?: PublicRequestPlan["draft"]["type"]; name?: string } = {}): PublicRequestPlan {
  const email = overrides.email === undefined ? "requester@example.com" : overrides.email;
  return {
    draft: {
      // Any type, with a California request's details: the submission does not look inside them.
      ...({ type: overrides.type ?? "california_privacy_rights", details: { answerChannel: "email" } } as TypedRequestDetails),
      idempotencyKey: overrides.key ?? randomUUID(),
      requesterName: overrides.name ?? "Pat <b>Requester</b>",
      requesterEmail: email,
      requesterPostal: { streetAddress: null, city: "Fresno", state: "CA", postalCode: "93650" },
      urgent: false,
      receivedMessage: "We received your request.",
    },
    auditAction: "receive_test_request",
    acknowledgement: (request) => (email ? { to: email, subject: `Received ${request.reference}`, text: "Thank you." } : null),
  };
}

describe.each(ENGINES)("submitting a public request on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  beforeAll(async () => {
    await breakOutboxFor(handle.db, engine);
  });

  const countRows = async (key: string) => {
    const requests = await handle.db.selectFrom("privacyRequests").select("id").where("idempotencyKey", "=", key).execute();
    return requests.length;
  };

  it("stores the request, its received event, an audit entry and the acknowledgement together", async () => {
    const plan = planFor();
    const outcome = await submitPublicRequest(handle.db, plan, new Date("2026-12-01T15:00:00Z"));
    expect(outcome.kind).toBe("created");
    if (outcome.kind !== "created") return;
    const { request } = outcome;
    expect(request.reference).toMatch(REFERENCE_PATTERN);
    expect(request).toMatchObject({ type: "california_privacy_rights", status: "received", urgent: false, acknowledgeBy: "2026-12-15", answerBy: "2026-12-31" });

    const stored = await handle.db
      .selectFrom("privacyRequests")
      .select(["requesterName", "requesterPostalJson", "detailsJson", "extendedAnswerBy", "receivedAt"])
      .where("id", "=", request.id)
      .executeTakeFirstOrThrow();
    // Stored exactly as written: escaping is the renderer's job.
    expect(stored.requesterName).toBe("Pat <b>Requester</b>");
    expect(JSON.parse(stored.requesterPostalJson!)).toEqual({ streetAddress: null, city: "Fresno", state: "CA", postalCode: "93650" });
    expect(JSON.parse(stored.detailsJson)).toEqual({ answerChannel: "email" });
    expect(stored.extendedAnswerBy).toBeNull();
    expect(stored.receivedAt).toBe("2026-12-01T15:00:00.000Z");

    const events = await handle.db.selectFrom("requestEvents").select(["kind", "visibleToRequester", "message"]).where("requestId", "=", request.id).execute();
    expect(events).toEqual([{ kind: "received", visibleToRequester: 1, message: "We received your request." }]);
    const audit = await handle.db.selectFrom("auditLog").select(["actorRole", "action", "actorAccountId"]).where("subject", "=", `request:${request.reference}`).execute();
    expect(audit).toEqual([{ actorRole: "public", action: "receive_test_request", actorAccountId: null }]);
    const mail = await handle.db.selectFrom("emailOutbox").select(["toAddress", "subject"]).where("subject", "=", `Received ${request.reference}`).execute();
    expect(mail).toEqual([{ toAddress: "requester@example.com", subject: `Received ${request.reference}` }]);
    expect(await findRequestByReference(handle.db, request.reference)).toEqual(request);
  });

  it("dates a request sent at 9 pm Eastern that day: the clocks count in the company's time zone, not UTC", async () => {
    // 9 pm EST on Monday November 30 2026 is 02:00Z on Tuesday December 1.
    const outcome = await submitPublicRequest(handle.db, planFor({ type: "access" }), new Date("2026-12-01T02:00:00Z"));
    if (outcome.kind !== "created") throw new Error(outcome.kind);
    // 45 calendar days from November 30 (11 CCR §7021(b)), 10 business days from November 30 (§7021(a)).
    expect(outcome.request).toMatchObject({ receivedAt: "2026-12-01T02:00:00.000Z", acknowledgeBy: "2026-12-14", answerBy: "2027-01-14" });
  });

  it("runs the clocks from when the request was received, when that was earlier than its entry", async () => {
    const receivedAt = new Date("2026-11-27T05:00:00Z"); // Friday November 27, the first instant of the day in New York.
    const outcome = await submitPublicRequest(handle.db, { ...planFor({ type: "deletion" }), receivedAt }, new Date("2026-11-30T15:00:00Z"));
    if (outcome.kind !== "created") throw new Error(outcome.kind);
    expect(outcome.request).toMatchObject({ receivedAt: "2026-11-27T05:00:00.000Z", acknowledgeBy: "2026-12-11", answerBy: "2027-01-11" });
    const stored = await handle.db.selectFrom("privacyRequests").select(["receivedAt", "dueOn", "channel"]).where("id", "=", outcome.request.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ receivedAt: "2026-11-27T05:00:00.000Z", dueOn: "2027-01-11", channel: "online" });
  });

  it("keeps nothing when the acknowledgement cannot be written after the request was", async () => {
    const plan = planFor({ email: FAILING_ADDRESS });
    const auditBefore = await verifyAuditChain(handle.db);
    await expect(submitPublicRequest(handle.db, plan)).rejects.toThrow(/outbox is unavailable/);

    expect(await countRows(plan.draft.idempotencyKey)).toBe(0);
    expect(await handle.db.selectFrom("emailOutbox").select("id").where("toAddress", "=", FAILING_ADDRESS).execute()).toEqual([]);
    const orphanEvents = await handle.db
      .selectFrom("requestEvents")
      .leftJoin("privacyRequests", "privacyRequests.id", "requestEvents.requestId")
      .select("requestEvents.id")
      .where("privacyRequests.id", "is", null)
      .execute();
    expect(orphanEvents).toEqual([]);
    // The audit entry rolled back with the rest: the chain is as long as before and intact.
    expect(await verifyAuditChain(handle.db)).toEqual(auditBefore);
  });

  it("makes one request of a double submit, and answers both with its reference", async () => {
    const plan = planFor();
    const first = await submitPublicRequest(handle.db, plan);
    const second = await submitPublicRequest(handle.db, plan);
    expect(first.kind).toBe("created");
    expect(second.kind).toBe("replayed");
    if (first.kind === "key-conflict" || second.kind === "key-conflict") throw new Error("unexpected key conflict");
    expect(second.request.reference).toBe(first.request.reference);
    expect(await countRows(plan.draft.idempotencyKey)).toBe(1);
    const mail = await handle.db.selectFrom("emailOutbox").select("id").where("subject", "=", `Received ${first.request.reference}`).execute();
    expect(mail).toHaveLength(1);
  });

  it("makes one request when the same submit arrives several times at once", async () => {
    const plan = planFor();
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => submitPublicRequest(handle.db, plan)));
    const references = outcomes.map((outcome) => (outcome.kind === "key-conflict" ? null : outcome.request.reference));
    expect(new Set(references).size).toBe(1);
    expect(outcomes.filter((outcome) => outcome.kind === "created")).toHaveLength(1);
    expect(await countRows(plan.draft.idempotencyKey)).toBe(1);
  });

  const typesWithKey = async (key: string) => (await handle.db.selectFrom("privacyRequests").select("type").where("idempotencyKey", "=", key).execute()).map((row) => row.type);

  it("refuses a key already used by another type of request instead of answering with that request", async () => {
    const key = randomUUID();
    await submitPublicRequest(handle.db, planFor({ key, type: "california_privacy_rights" }));
    expect(await submitPublicRequest(handle.db, planFor({ key, type: "minor_report" }))).toEqual({ kind: "key-conflict" });
    expect(await typesWithKey(key)).toEqual(["california_privacy_rights"]);
  });

  it("refuses a key sent again with anything else typed: without an account, only the same submission is a replay", async () => {
    const key = randomUUID();
    const first = await submitPublicRequest(handle.db, planFor({ key }));
    if (first.kind !== "created") throw new Error("expected a new request");
    for (const other of [planFor({ key, name: "Mallory" }), planFor({ key, email: "mallory@example.com" }), planFor({ key, email: null })]) {
      const outcome = await submitPublicRequest(handle.db, other);
      expect(outcome).toEqual({ kind: "key-conflict" });
      expect(JSON.stringify(outcome)).not.toContain(first.request.reference);
    }
    // Sent at once by two strangers, only the first is made; the other learns nothing of it.
    const raced = randomUUID();
    const outcomes = await Promise.all([submitPublicRequest(handle.db, planFor({ key: raced })), submitPublicRequest(handle.db, planFor({ key: raced, name: "Mallory" }))]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["created", "key-conflict"]);
    expect(await countRows(raced)).toBe(1);
  });

  it("writes no email when no address was given", async () => {
    const outcome = await submitPublicRequest(handle.db, planFor({ email: null }));
    expect(outcome).toMatchObject({ kind: "created", emailed: false });
  });
});
