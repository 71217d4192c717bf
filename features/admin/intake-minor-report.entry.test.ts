import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { dayIn, formatDay } from "@/lib/dates";
import { addCalendarDays, deadlinesFor } from "@/lib/requests/legal-deadlines";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { insertAdministrator } from "@/features/requests/workflow/workflow-test-fixtures";
import { verifyAuditChain } from "@/server/audit/audit-log";
import { entryPointDatabaseFor, formOf as form, signedInAs, surroundings } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { isHeldByMinorReport } from "@/features/minors";
import { intakeMinorReportSchema } from "./intake-minor-report-schema";
import { recordReceivedMinorReportAction } from "./intake-actions";


const NEW_YORK = "America/New_York";

/** A posted report about a child, as the console's minor's report form sends it. */
function postedReport(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    idempotencyKey: randomUUID(),
    website: "",
    channel: "post",
    receivedOn: addCalendarDays(dayIn(NEW_YORK, new Date()), -4),
    reporterName: "Pat Guardian",
    relation: "guardian",
    reporterEmail: "",
    reporterPhone: "",
    streetAddress: "3 Oak Lane",
    city: "Newark",
    state: "NJ",
    postalCode: "07102",
    childAge: "13",
    childEmail: "",
    childPhone: "",
    childAccountNumber: "",
    disclosed: "My daughter's phone number and her voicemail.",
    anythingElse: "",
    enclosures: "A copy of a phone bill",
    ...overrides,
  };
}

describe("the console's minor's report form's rules", () => {
  it("checks a minor's report with the minors feature's rules, and lets a letter's return address reach the reporter", () => {
    const problems = (fields: Record<string, string>) => {
      const result = intakeMinorReportSchema.safeParse(fields);
      return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((issue) => [String(issue.path[0] ?? ""), issue.message]));
    };
    expect(intakeMinorReportSchema.safeParse(postedReport({ childPhone: "973 555 0142" })).success).toBe(true);
    expect(problems(postedReport()).childIdentifiers).toMatch(/at least one thing the child used/);
    expect(problems(postedReport({ childPhone: "973 555 0142", childAge: "18" })).childAge).toMatch(/children under 18/);
    expect(problems(postedReport({ childPhone: "973 555 0142", streetAddress: "", city: "", state: "", postalCode: "" })).reporterContact).toMatch(/email address, a phone number or a full postal address/);
    expect(problems(postedReport({ childPhone: "973 555 0142", channel: "email" })).reporterEmail).toMatch(/address the email came from/);
    expect(problems(postedReport({ childPhone: "973 555 0142", reporterName: "" })).reporterName).toBe("Enter the reporter's name.");
    expect(problems({ ...postedReport({ childPhone: "973 555 0142" }), type: "access" })).toHaveProperty("");
  });
});

describe.each(ENGINES)("a minor's report received by post, recorded in the console, on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  let admin: string;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
  });
  const uniquePhone = () => `+1 (973) 555-${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
  const record = async (fields: Record<string, string>) => {
    const thrown = await recordReceivedMinorReportAction({ status: "idle" }, form(fields)).then(
      (state) => state,
      (error: unknown) => error,
    );
    const reference = thrown instanceof Error ? /redirect to \/admin\/requests\/(PR-[A-Z0-9-]+)$/.exec(thrown.message)?.[1] : undefined;
    if (!reference) throw new Error(`expected a redirect to the report, got ${JSON.stringify(thrown instanceof Error ? thrown.message : thrown)}`);
    return reference;
  };

  it("matches the child's phone number as the public form does, holds the account from receipt, and counts the clocks from the day received", async () => {
    signedInAs(admin, "admin");
    const phone = uniquePhone();
    const child = await insertTestCustomer(handle.db, { phone });
    const bystander = await insertTestCustomer(handle.db);
    const fields = postedReport({ childPhone: phone.replace(/\D/g, "").slice(1) });
    const reference = await record(fields);

    const row = await handle.db.selectFrom("privacyRequests").selectAll().where("reference", "=", reference).executeTakeFirstOrThrow();
    const receivedOn = fields.receivedOn!;
    const expected = deadlinesFor("minor_report", receivedOn);
    expect(row).toMatchObject({
      type: "minor_report",
      status: "received",
      urgent: 1,
      channel: "post",
      recordedBy: admin,
      requestedByCustomerId: null,
      customerId: child,
      requesterName: "Pat Guardian",
      requesterEmail: null,
      askedText: null,
      enclosures: "A copy of a phone bill",
      acknowledgeBy: expected.acknowledgeBy,
      answerBy: expected.answerBy,
    });
    expect(dayIn(NEW_YORK, row.receivedAt)).toBe(receivedOn);
    expect(JSON.parse(row.requesterPostalJson!)).toEqual({ streetAddress: "3 Oak Lane", city: "Newark", state: "NJ", postalCode: "07102" });
    expect(JSON.parse(row.detailsJson)).toMatchObject({ relation: "guardian", childAge: 13, disclosed: fields.disclosed });

    // The hold starts on receipt, for the matched account only.
    expect(await isHeldByMinorReport(handle.db, child)).toBe(true);
    expect(await isHeldByMinorReport(handle.db, bystander)).toBe(false);
    expect(await handle.db.selectFrom("minorReportMatches").select(["customerId", "matchedBy"]).where("reportKey", "=", fields.idempotencyKey!).execute()).toEqual([{ customerId: child, matchedBy: "phone number" }]);

    const events = await handle.db.selectFrom("requestEvents").select(["kind", "visibleToRequester", "message", "actorAccountId"]).where("requestId", "=", row.id).orderBy("id").execute();
    expect(events[0]).toMatchObject({ kind: "received", visibleToRequester: 1, message: `We received your report about a child's personal information by post on ${formatDay(receivedOn)}.` });
    expect(events[1]).toMatchObject({ kind: "note", visibleToRequester: 0, actorAccountId: admin });
    expect(events[1]!.message).toContain(`Recorded from a report received by post on ${formatDay(receivedOn)}; the deadlines count from that day.`);
    expect(events[1]!.message).toContain("send the confirmation of receipt by post");
    expect(events.map((event) => event.message).join("\n")).toContain(`Matched customer account ${child} (by phone number)`);

    const audit = await handle.db.selectFrom("auditLog").select(["actorAccountId", "actorRole", "action", "customerId", "detailsJson"]).where("subject", "=", `request:${reference}`).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorAccountId: admin, actorRole: "admin", action: "record_received_request", customerId: child });
    const details = JSON.parse(audit[0]!.detailsJson);
    expect(details).toMatchObject({ type: "minor_report", channel: "post", receivedOn, matchedCustomers: 1, matchedBy: "phone number", acknowledgementEmailed: false });
    // The audit log names kinds and counts, never the child's number.
    expect(audit[0]!.detailsJson).not.toContain(fields.childPhone!);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });
    expect(surroundings.kicks).toBe(0);
  });

  it("records one report, and one set of matches, when the same form is sent twice", async () => {
    signedInAs(admin, "admin");
    const phone = uniquePhone();
    const child = await insertTestCustomer(handle.db, { phone });
    const fields = postedReport({ childPhone: phone });
    const first = await record(fields);
    expect(await record(fields)).toBe(first);
    expect(await handle.db.selectFrom("privacyRequests").select("id").where("idempotencyKey", "=", fields.idempotencyKey!).execute()).toHaveLength(1);
    expect(await handle.db.selectFrom("minorReportMatches").select("customerId").where("reportKey", "=", fields.idempotencyKey!).execute()).toEqual([{ customerId: child }]);
    expect(await handle.db.selectFrom("auditLog").select("sequence").where("subject", "=", `request:${first}`).execute()).toHaveLength(1);
  });

  it("acknowledges a report by email to the address it came from, as the public form does", async () => {
    signedInAs(admin, "admin");
    const reporter = `reporter-${randomUUID()}@example.com`;
    const reference = await record(postedReport({ channel: "email", reporterEmail: reporter, streetAddress: "", city: "", state: "", postalCode: "", childEmail: `kid-${randomUUID()}@example.com` }));
    const mail = await handle.db.selectFrom("emailOutbox").select(["subject"]).where("toAddress", "=", reporter).execute();
    expect(mail.map((email) => email.subject)).toEqual([`We received your report about a child's data (${reference})`]);
    expect(surroundings.kicks).toBe(1);
    const notes = await handle.db.selectFrom("requestEvents").innerJoin("privacyRequests", "privacyRequests.id", "requestEvents.requestId").select("message").where("reference", "=", reference).execute();
    expect(notes.map((note) => note.message).join("\n")).toContain("No customer account matched the details the child used.");
  });

  it("refuses a future receipt date, and a customer, with nothing stored or held", async () => {
    const phone = uniquePhone();
    const child = await insertTestCustomer(handle.db, { phone });
    signedInAs(admin, "admin");
    const future = postedReport({ childPhone: phone, receivedOn: addCalendarDays(dayIn(NEW_YORK, new Date()), 1) });
    const state = await recordReceivedMinorReportAction({ status: "idle" }, form(future));
    expect(state.fieldErrors?.receivedOn).toMatch(/cannot be in the future/);
    expect(state.values?.childPhone).toBe(phone);
    signedInAs(child, "customer");
    await expect(recordReceivedMinorReportAction({ status: "idle" }, form(postedReport({ childPhone: phone })))).rejects.toThrow("not found");
    expect(await isHeldByMinorReport(handle.db, child)).toBe(false);
  });
});
