import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { submitPublicRequest } from "@/features/requests/submit-public-request";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { verifyAuditChain } from "@/server/audit/audit-log";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { CLOSED_REPORT_RETENTION_DAYS, REMOVED_TEXT, removeIdentifiersFromClosedReports } from "./retention";
import { minorReportSchema } from "./schemas";
import { isHeldByMinorReport, planMinorReport } from "./service";

const RECEIVED = new Date("2026-01-10T12:00:00Z");
const day = 86_400_000;

describe.each(ENGINES)("the retention of closed minor's reports on %s", (engine) => {
  const handle = testDatabaseFor(engine);

  async function report(childPhone: string) {
    const parsed = minorReportSchema.parse({
      idempotencyKey: randomUUID(),
      reporterName: "Sam Parent",
      reporterEmail: `parent-${randomUUID()}@example.com`,
      relation: "parent",
      childAge: "13",
      childEmail: `kid-${randomUUID()}@example.com`,
      childPhone,
      childAccountNumber: "PC-55501234",
      disclosed: "Her school and her photo.",
      anythingElse: "She is 13.",
    });
    const outcome = await submitPublicRequest(handle.db, planMinorReport(parsed, () => "", { statusUrl: () => "https://privacy.example.com/requests/x" }, RECEIVED), RECEIVED);
    if (outcome.kind !== "created") throw new Error(outcome.kind);
    return outcome.request;
  }
  const close = (id: string, status: "completed" | "denied" | "in_progress", closedAt: Date | null) =>
    handle.db.updateTable("privacyRequests").set({ status, closedAt: closedAt?.toISOString() ?? null }).where("id", "=", id).execute();
  const detailsOf = async (id: string) => JSON.parse((await handle.db.selectFrom("privacyRequests").select("detailsJson").where("id", "=", id).executeTakeFirstOrThrow()).detailsJson);

  it(`removes the child's identifiers from reports closed more than ${CLOSED_REPORT_RETENTION_DAYS} days ago, once, with an audit entry, and keeps the rest`, async () => {
    const customerId = await insertTestCustomer(handle.db, { phone: "+1 602 555 0188" });
    const now = new Date("2026-06-01T00:00:00Z");
    const old = await report("602 555 0188");
    await close(old.id, "denied", new Date(now.getTime() - (CLOSED_REPORT_RETENTION_DAYS + 1) * day));
    const recent = await report("602 555 0199");
    await close(recent.id, "completed", new Date(now.getTime() - (CLOSED_REPORT_RETENTION_DAYS - 1) * day));
    const open = await report("602 555 0177");
    await close(open.id, "in_progress", null);

    expect(await removeIdentifiersFromClosedReports(handle.db, now)).toBe(1);
    expect(await detailsOf(old.id)).toEqual({
      reporterPhone: null,
      relation: "parent",
      childAge: 13,
      childEmail: null,
      childPhone: null,
      childAccountNumber: null,
      disclosed: REMOVED_TEXT,
      anythingElse: null,
    });
    expect((await detailsOf(recent.id)).childPhone).toBe("+1 602 555 0199");
    expect((await detailsOf(open.id)).childPhone).toBe("+1 602 555 0177");
    // The hold is on the matched account, not on the identifiers: a denied report still holds it.
    expect(await isHeldByMinorReport(handle.db, customerId)).toBe(true);

    const audit = await handle.db.selectFrom("auditLog").select(["action", "actorRole", "subject", "detailsJson"]).where("action", "=", "remove_minor_report_identifiers").execute();
    expect(audit).toEqual([{ action: "remove_minor_report_identifiers", actorRole: "system", subject: `request:${old.reference}`, detailsJson: expect.stringContaining(`"retentionDays":${CLOSED_REPORT_RETENTION_DAYS}`) }]);
    expect((await verifyAuditChain(handle.db)).intact).toBe(true);

    expect(await removeIdentifiersFromClosedReports(handle.db, now)).toBe(0);
    expect(await removeIdentifiersFromClosedReports(handle.db, new Date(now.getTime() + 2 * day))).toBe(1);
    expect((await detailsOf(recent.id)).childEmail).toBeNull();
  });
});
