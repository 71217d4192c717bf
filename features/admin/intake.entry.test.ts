import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { dayIn } from "@/lib/dates";
import { addCalendarDays, deadlinesFor } from "@/lib/requests/legal-deadlines";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { insertAdministrator } from "@/features/requests/workflow/workflow-test-fixtures";
import { verifyAuditChain } from "@/server/audit/audit-log";
import { entryPointDatabaseFor, formOf as form, SENT_TO_NOT_FOUND_PAGE, signedInAs, surroundings } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { intakeSchema } from "./intake-schemas";
import { readRecordRequestForm } from "./intake-queries";
import { recordReceivedRequestAction } from "./intake-actions";
import { receiptDayProblem, recordReceivedRequest } from "./intake-service";
import { loadRequestMetrics } from "./metrics-repository";
import { getRequestQueue } from "./queue-service";
import { queueSearchSchema } from "./queue-schemas";


const NEW_YORK = "America/New_York";

/** A letter's answers, as the form sends them. */
function letter(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    idempotencyKey: randomUUID(),
    website: "",
    channel: "post",
    receivedOn: addCalendarDays(dayIn(NEW_YORK, new Date()), -3),
    type: "access",
    requesterName: "Dana Letterwriter",
    requesterEmail: "",
    streetAddress: "12 Elm Street",
    city: "Montclair",
    state: "nj",
    postalCode: "07042",
    asked: "Please send me a copy of all the information you hold about me.",
    enclosures: "A copy of a driver's license",
    ...overrides,
  };
}


describe("the intake form's rules", () => {
  const parse = (fields: Record<string, string>) => intakeSchema.safeParse(fields);
  const problems = (fields: Record<string, string>) => {
    const result = parse(fields);
    // The first problem of each field, as the form shows it.
    return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((issue) => [String(issue.path[0] ?? ""), issue.message]));
  };

  it("takes a letter with a postal address and no email, and normalizes it", () => {
    const result = parse(letter());
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ channel: "post", state: "NJ", requesterEmail: null, enclosures: "A copy of a driver's license" });
  });

  it("refuses a channel the policy does not offer, an impossible date and a request with nowhere to answer", () => {
    expect(problems(letter({ channel: "phone" }))).toHaveProperty("channel");
    expect(problems(letter({ receivedOn: "2026-02-30" })).receivedOn).toMatch(/real date/);
    expect(problems(letter({ receivedOn: "27/11/2026" })).receivedOn).toMatch(/YYYY-MM-DD/);
    expect(problems(letter({ streetAddress: "", city: "", state: "", postalCode: "" })).requesterEmail).toMatch(/email address or a full postal address/);
    expect(problems(letter({ city: "" })).streetAddress).toMatch(/whole postal address/);
    expect(problems(letter({ channel: "email" })).requesterEmail).toMatch(/address the email came from/);
    expect(problems(letter({ type: "minor_report" }))).toHaveProperty("type");
    expect(problems(letter({ asked: "   " })).asked).toMatch(/what they asked/);
    expect(problems({ ...letter(), extra: "x" })).toHaveProperty("");
  });

  it("asks a California Privacy Rights request for what the policy lists", () => {
    expect(problems(letter({ type: "california_privacy_rights" })).answerChannel).toMatch(/how they asked to get the answer/);
    expect(problems(letter({ type: "california_privacy_rights", answerChannel: "email" })).requesterEmail).toMatch(/by email/);
    expect(parse(letter({ type: "california_privacy_rights", answerChannel: "postal" })).success).toBe(true);
  });


  it("takes a receipt day from a year back to today, in New York, and refuses the rest", () => {
    const now = new Date("2026-12-01T02:00:00Z"); // 9 pm on November 30 in New York
    expect(receiptDayProblem("2026-11-30", now, NEW_YORK)).toBeNull();
    expect(receiptDayProblem("2026-12-01", now, NEW_YORK)).toMatch(/cannot be in the future \(today is November 30, 2026/);
    expect(receiptDayProblem("2025-11-30", now, NEW_YORK)).toBeNull();
    expect(receiptDayProblem("2025-11-29", now, NEW_YORK)).toMatch(/more than a year ago/);
  });
});

describe.each(ENGINES)("a request received by email or post, recorded in the console, on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  let admin: string;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
  });

  const redirectOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    return error instanceof Error ? error.message : String(error);
  };

  it("is dated from its receipt three days ago, not from today, and follows the same queue, metrics, timeline and audit", async () => {
    signedInAs(admin, "admin");
    const fields = letter();
    const redirect = await redirectOf(recordReceivedRequestAction({ status: "idle" }, form(fields)));
    const reference = /redirect to \/admin\/requests\/(PR-[A-Z0-9-]+)$/.exec(redirect)?.[1];
    expect(reference, redirect).toBeDefined();

    const row = await handle.db.selectFrom("privacyRequests").selectAll().where("reference", "=", reference!).executeTakeFirstOrThrow();
    const receivedOn = fields.receivedOn!;
    const expected = deadlinesFor("access", receivedOn);
    expect(row).toMatchObject({
      type: "access",
      status: "received",
      channel: "post",
      recordedBy: admin,
      requestedByCustomerId: null,
      requesterEmail: null,
      askedText: fields.asked,
      enclosures: "A copy of a driver's license",
      acknowledgeBy: expected.acknowledgeBy,
      answerBy: expected.answerBy,
      dueOn: expected.answerBy,
    });
    // Received at the first instant of that day in New York; entered now.
    expect(dayIn(NEW_YORK, row.receivedAt)).toBe(receivedOn);
    expect(row.recordedAt! > row.receivedAt).toBe(true);
    expect(JSON.parse(row.requesterPostalJson!)).toEqual({ streetAddress: "12 Elm Street", city: "Montclair", state: "NJ", postalCode: "07042" });

    const events = await handle.db.selectFrom("requestEvents").select(["kind", "visibleToRequester", "message", "actorAccountId"]).where("requestId", "=", row.id).orderBy("id").execute();
    expect(events[0]).toMatchObject({ kind: "received", visibleToRequester: 1 });
    expect(events[0]!.message).toMatch(/^We received your request by post on /);
    expect(events[1]).toMatchObject({ kind: "note", visibleToRequester: 0, actorAccountId: admin });
    expect(events[1]!.message).toContain("the deadlines count from that day");
    expect(events[1]!.message).toContain("Enclosed: A copy of a driver's license");
    expect(events[1]!.message).toContain("send the confirmation of receipt by post");

    const audit = await handle.db.selectFrom("auditLog").select(["actorAccountId", "actorRole", "action", "detailsJson"]).where("subject", "=", `request:${reference}`).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorAccountId: admin, actorRole: "admin", action: "record_received_request" });
    expect(JSON.parse(audit[0]!.detailsJson)).toMatchObject({ type: "access", channel: "post", receivedOn, acknowledgementEmailed: false });
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });
    // No email address: nothing in the outbox, and the dispatcher was not woken.
    expect(surroundings.kicks).toBe(0);

    // In the queue like any other request, due on the day counted from receipt.
    const queue = await getRequestQueue(handle.db, queueSearchSchema.parse({}), new Date());
    expect(queue.rows.find((candidate) => candidate.reference === reference)).toMatchObject({ dueOn: expected.answerBy });
    // In the metrics of the year it was received.
    const metrics = await loadRequestMetrics(handle.db, Number(receivedOn.slice(0, 4)), NEW_YORK);
    expect(metrics.byType.find((tally) => tally.type === "access")).toMatchObject({ received: 1, open: 1 });
  });

  it("records one request when the same form is sent twice", async () => {
    signedInAs(admin, "admin");
    const fields = letter({ requesterName: "Twice Sent" });
    const first = await redirectOf(recordReceivedRequestAction({ status: "idle" }, form(fields)));
    const second = await redirectOf(recordReceivedRequestAction({ status: "idle" }, form(fields)));
    expect(second).toBe(first);
    const rows = await handle.db.selectFrom("privacyRequests").select("id").where("requesterName", "=", "Twice Sent").execute();
    expect(rows).toHaveLength(1);
    const audits = await handle.db.selectFrom("auditLog").select("sequence").where("action", "=", "record_received_request").where("subject", "=", first.replace("redirect to /admin/requests/", "request:")).execute();
    expect(audits).toHaveLength(1);
  });

  it("emails a confirmation to the address an email came from, and links a customer with that sign-in address without making it theirs", async () => {
    signedInAs(admin, "admin");
    const email = `customer-${randomUUID()}@example.com`;
    const customer = await insertTestCustomer(handle.db, { email });
    const fields = letter({ channel: "email", requesterEmail: email.toUpperCase(), type: "deletion", streetAddress: "", city: "", state: "", postalCode: "", enclosures: "" });
    const redirect = await redirectOf(recordReceivedRequestAction({ status: "idle" }, form(fields)));
    const reference = redirect.replace("redirect to /admin/requests/", "");
    const row = await handle.db.selectFrom("privacyRequests").selectAll().where("reference", "=", reference).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: "email", customerId: customer, requestedByCustomerId: null, requesterEmail: email, enclosures: null, answerBy: deadlinesFor("deletion", fields.receivedOn!).answerBy });
    const mail = await handle.db.selectFrom("emailOutbox").select(["toAddress", "subject", "textBody"]).where("toAddress", "=", email).execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`We received your deletion request (${reference})`);
    expect(mail[0]!.textBody).toContain("We received your request by email on");
    expect(mail[0]!.textBody).toContain(`/requests/${reference}?key=`);
    expect(surroundings.kicks).toBe(1);
  });

  it("refuses a receipt date in the future or more than a year back, with what was typed kept and nothing stored", async () => {
    signedInAs(admin, "admin");
    const today = dayIn(NEW_YORK, new Date());
    for (const receivedOn of [addCalendarDays(today, 1), addCalendarDays(today, -400)]) {
      const state = await recordReceivedRequestAction({ status: "idle" }, form(letter({ receivedOn, requesterName: "Wrong Date" })));
      expect(state.status).toBe("error");
      expect(state.fieldErrors?.receivedOn).toMatch(/future|more than a year ago/);
      expect(state.values?.requesterName).toBe("Wrong Date");
    }
    expect(await handle.db.selectFrom("privacyRequests").select("id").where("requesterName", "=", "Wrong Date").execute()).toHaveLength(0);
  });

  it("answers bad input with the form's words, not a fault", async () => {
    signedInAs(admin, "admin");
    const state = await recordReceivedRequestAction({ status: "idle" }, form(letter({ channel: "phone", receivedOn: "" })));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toMatchObject({ channel: expect.stringMatching(/by email or by post/), receivedOn: expect.stringMatching(/Enter the date/) });
  });

  it("is the administrator's only: a customer gets not found, a visitor is sent to sign in, and nothing is stored", async () => {
    const customer = await insertTestCustomer(handle.db);
    signedInAs(customer, "customer");
    await expect(recordReceivedRequestAction({ status: "idle" }, form(letter({ requesterName: "Not Staff" })))).rejects.toThrow("not found");
    await expect(readRecordRequestForm()).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
    surroundings.account = null;
    await expect(recordReceivedRequestAction({ status: "idle" }, form(letter({ requesterName: "Not Staff" })))).rejects.toThrow(/^redirect to \/sign-in/);
    expect(await handle.db.selectFrom("privacyRequests").select("id").where("requesterName", "=", "Not Staff").execute()).toHaveLength(0);
  });

  it("gives the administrator's page a fresh key and today's date in New York", async () => {
    signedInAs(admin, "admin");
    const page = await readRecordRequestForm();
    expect(page.today).toBe(dayIn(NEW_YORK, new Date()));
    expect(page.oldest).toBe(addCalendarDays(page.today, -365));
    expect(page.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves the service directly too: the same answers twice give the same request", async () => {
    const input = intakeSchema.parse(letter({ requesterName: "Direct Call" }));
    const now = new Date();
    const first = await recordReceivedRequest(handle.db, { accountId: admin }, input, { siteUrl: "http://localhost", now });
    const second = await recordReceivedRequest(handle.db, { accountId: admin }, input, { siteUrl: "http://localhost", now });
    expect(first.kind).toBe("created");
    expect(second.kind).toBe("replayed");
  });
});
