import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { isHeldByMinorReport } from "@/features/minors";
import { mayUseCpni } from "@/features/preferences";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { insertAdministrator } from "@/features/requests/workflow/workflow-test-fixtures";
import { dayIn } from "@/lib/dates";
import type { FormState } from "@/lib/forms/form-state";
import { addCalendarDays } from "@/lib/requests/legal-deadlines";
import { verifyAuditChain } from "@/server/audit/audit-log";
import { entryPointDatabaseFor, formOf as form, signedInAs } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { describeAuditAction } from "./audit-labels";
import { recordReceivedMinorReportAction } from "./intake-actions";
import { CONFIRMATION_FIELD, CONFIRMATION_REFUSED } from "./request-confirmation";
import { takeRequestStepAction } from "./request-actions";

/**
 * "Record that the report was mistaken" on a minor's report's page in the
 * console, through the boundary (the session, the form, the final-step
 * confirmation): besides erasure, the only way a report's hold ends
 * (decision 0012; the policy's "Children's Privacy Policy").
 */

const idle: FormState = { status: "idle" };
const REASON = "The number is the account holder's own business line; the reporter had a digit wrong.";

/** Where a server action sent the browser, or what it answered. */
async function outcomeOf(action: Promise<FormState>): Promise<string | FormState> {
  return action.then(
    (state) => state,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe.each(ENGINES)("recording a minor's report as mistaken, from the console, on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  let admin: string;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
  });

  /** A report received by email about the phone number of a customer: the customer is held from receipt. */
  async function heldCustomer(): Promise<{ customer: string; reference: string }> {
    const phone = `+1 (973) 555-${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
    const customer = await insertTestCustomer(handle.db, { phone });
    signedInAs(admin, "admin");
    const sent = await outcomeOf(
      recordReceivedMinorReportAction(
        idle,
        form({
          idempotencyKey: randomUUID(),
          website: "",
          channel: "email",
          receivedOn: addCalendarDays(dayIn("America/New_York", new Date()), -1),
          reporterName: "Pat Guardian",
          relation: "guardian",
          reporterEmail: `reporter-${randomUUID()}@example.com`,
          reporterPhone: "",
          streetAddress: "",
          city: "",
          state: "",
          postalCode: "",
          childAge: "13",
          childEmail: "",
          childPhone: phone.replace(/\D/g, "").slice(1),
          childAccountNumber: "",
          disclosed: "Her phone number.",
          anythingElse: "",
          enclosures: "",
        }),
      ),
    );
    const reference = typeof sent === "string" ? /redirect to \/admin\/requests\/(PR-[A-Z0-9-]+)$/.exec(sent)?.[1] : undefined;
    if (!reference) throw new Error(`expected a redirect to the report, got ${JSON.stringify(sent)}`);
    expect(await isHeldByMinorReport(handle.db, customer)).toBe(true);
    return { customer, reference };
  }

  const mistaken = (reference: string, fields: Record<string, string> = {}) =>
    outcomeOf(takeRequestStepAction(idle, form({ reference, intent: "mistaken", reason: REASON, [CONFIRMATION_FIELD]: "on", ...fields })));

  it("ends the hold, keeps the reason on the timeline, and audits it in words, once", async () => {
    const { customer, reference } = await heldCustomer();
    expect(await mayUseCpni(handle.db, customer, "communications-marketing", new Date())).toEqual({ allowed: false, reason: "held" });

    expect(await mistaken(reference)).toBe(`redirect to /admin/requests/${reference}?done=mistaken`);

    expect(await isHeldByMinorReport(handle.db, customer)).toBe(false);
    // The rule now answers on the customer's own approval, no longer "held".
    expect(await mayUseCpni(handle.db, customer, "communications-marketing", new Date())).not.toMatchObject({ reason: "held" });
    const request = await handle.db.selectFrom("privacyRequests").select(["id"]).where("reference", "=", reference).executeTakeFirstOrThrow();
    const notes = await handle.db.selectFrom("requestEvents").select(["message", "visibleToRequester", "actorAccountId"]).where("requestId", "=", request.id).where("kind", "=", "note").execute();
    expect(notes).toContainEqual({ message: `Recorded as mistaken; the hold on the matched accounts ends. Reason: ${REASON}`, visibleToRequester: 0, actorAccountId: admin });
    const audit = await handle.db.selectFrom("auditLog").select(["action", "actorAccountId", "actorRole"]).where("subject", "=", `request:${reference}`).orderBy("sequence").execute();
    expect(audit.at(-1)).toEqual({ action: "record_minor_report_mistaken", actorAccountId: admin, actorRole: "admin" });
    expect(describeAuditAction("record_minor_report_mistaken")).toBe("Recorded the report as mistaken, ending its hold");
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });

    // A second submit (a reload, a double click) changes nothing and says why.
    expect(await mistaken(reference)).toMatchObject({ status: "error", message: "The hold of this report has already ended." });
    expect(await handle.db.selectFrom("auditLog").select("sequence").where("subject", "=", `request:${reference}`).execute()).toHaveLength(audit.length);
  });

  it("refuses without the ticked confirmation, or without a reason, and the hold stands", async () => {
    const { customer, reference } = await heldCustomer();
    expect(await mistaken(reference, { [CONFIRMATION_FIELD]: "" })).toMatchObject({ status: "error", fieldErrors: { [CONFIRMATION_FIELD]: CONFIRMATION_REFUSED } });
    expect(await mistaken(reference, { reason: "  " })).toMatchObject({ status: "error", fieldErrors: { reason: "Say why the report was mistaken: it is kept with the report." } });
    expect(await isHeldByMinorReport(handle.db, customer)).toBe(true);
  });

  it("is not open to a customer, even the one held", async () => {
    const { customer, reference } = await heldCustomer();
    signedInAs(customer, "customer");
    expect(await mistaken(reference)).toMatch(/not found/);
    expect(await isHeldByMinorReport(handle.db, customer)).toBe(true);
  });
});
