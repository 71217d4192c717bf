import "server-only";
import type { Kysely } from "kysely";
import { appendAuditEntry } from "@/server/audit/audit-log";
import type { Database } from "@/server/db/schema";

/**
 * How long a closed minor's report keeps the child's identifiers: 90 days
 * after it was completed or denied (decision 0012). COPPA (16 CFR 312.10)
 * allows keeping a child's information "for only as long as is reasonably
 * necessary to fulfill the specific purpose(s) for which the information was
 * collected", never indefinitely. The report's purpose ends when it is closed;
 * 90 days leaves time for the reporter's follow-up questions and for finding
 * data the erasure missed. The report itself (reference, dates, timeline, what
 * was done) stays as the proof that it was acted on, without the identifiers.
 */
export const CLOSED_REPORT_RETENTION_DAYS = 90;

const BATCH = 100;

/** What a report keeps once its retention period ends: the child's age and the reporter's relation, nothing that identifies the child. */
export const REMOVED_TEXT = "Removed when this report's retention period ended.";

function removeIdentifiers(detailsJson: string): string {
  const details = JSON.parse(detailsJson) as Record<string, unknown>;
  return JSON.stringify({ ...details, childEmail: null, childPhone: null, childAccountNumber: null, disclosed: REMOVED_TEXT, anythingElse: null });
}

/**
 * Removes the child's email address, phone number, account number and what
 * was disclosed from every minor's report closed more than
 * CLOSED_REPORT_RETENTION_DAYS ago, each in its own transaction with an audit
 * entry. Safe to run again and from several processes: a report is done once.
 * Returns how many reports it cleared.
 */
export async function removeIdentifiersFromClosedReports(db: Kysely<Database>, now = new Date()): Promise<number> {
  const closedBefore = new Date(now.getTime() - CLOSED_REPORT_RETENTION_DAYS * 86_400_000).toISOString();
  let cleared = 0;
  for (;;) {
    const due = await db
      .selectFrom("privacyRequests")
      .leftJoin("minorReportOutcomes", "minorReportOutcomes.requestId", "privacyRequests.id")
      .select(["privacyRequests.id", "privacyRequests.reference"])
      .where("privacyRequests.type", "=", "minor_report")
      .where("privacyRequests.status", "in", ["completed", "denied"])
      .where("privacyRequests.closedAt", "<", closedBefore)
      .where("minorReportOutcomes.identifiersRemovedAt", "is", null)
      .orderBy("privacyRequests.closedAt")
      .limit(BATCH)
      .execute();
    for (const report of due) {
      const done = await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom("privacyRequests").select("detailsJson").where("id", "=", report.id).executeTakeFirst();
        const outcome = await trx.selectFrom("minorReportOutcomes").select("identifiersRemovedAt").where("requestId", "=", report.id).executeTakeFirst();
        // Another process did it a moment ago.
        if (!row || outcome?.identifiersRemovedAt) return false;
        await trx.updateTable("privacyRequests").set({ detailsJson: removeIdentifiers(row.detailsJson) }).where("id", "=", report.id).execute();
        if (outcome) {
          await trx.updateTable("minorReportOutcomes").set({ identifiersRemovedAt: now.toISOString() }).where("requestId", "=", report.id).execute();
        } else {
          await trx.insertInto("minorReportOutcomes").values({ requestId: report.id, holdEndedAt: null, holdEndedBecause: null, identifiersRemovedAt: now.toISOString() }).execute();
        }
        await appendAuditEntry(
          trx,
          { actorAccountId: null, actorRole: "system", action: "remove_minor_report_identifiers", customerId: null, subject: `request:${report.reference}`, details: { type: "minor_report", retentionDays: CLOSED_REPORT_RETENTION_DAYS } },
          now,
        );
        return true;
      });
      if (done) cleared++;
    }
    if (due.length < BATCH) return cleared;
  }
}
