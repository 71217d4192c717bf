"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, refuse } from "@/server/boundary";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { intakeMinorReportSchema } from "./intake-minor-report-schema";
import { intakeSchema } from "./intake-schemas";
import { type RecordOutcome, recordReceivedMinorReport, recordReceivedRequest } from "./intake-service";

/**
 * The console's "Record a request" form. The boundary checks the
 * administrator's session and the form; the receipt day is checked against
 * today in the company's time zone; then one transaction records the request
 * (its audit entry names the administrator), the outbox wakes, and the
 * request's own page opens (a redirect, so a reload records nothing again).
 */
export const recordReceivedRequestAction = formAction({
  access: "admin",
  schema: intakeSchema,
  returnTo: "/admin/requests/new",
  run: async (input, context) => openRecorded(await recordReceivedRequest(context.db, context.actor, input, { siteUrl: context.siteUrl, now: context.now })),
});

/**
 * The console's "Record a minor's report" form (the same page, once that kind
 * is chosen): the same checks, then the minors feature's receipt (matching the
 * child's identifiers and holding every matched account from now), dated from
 * the day received, in one transaction with the administrator's audit entry.
 */
export const recordReceivedMinorReportAction = formAction({
  access: "admin",
  schema: intakeMinorReportSchema,
  returnTo: "/admin/requests/new?type=minor_report",
  run: async (input, context) => {
    // Only to compare a reported account number with the sealed ones; nothing opened is kept or shown.
    const cipher = context.cipher();
    const openSensitive = (keyId: string, ciphertext: string) => cipher.open(keyId, ciphertext);
    return openRecorded(await recordReceivedMinorReport(context.db, context.actor, input, { siteUrl: context.siteUrl, now: context.now, openSensitive }));
  },
});

/** Says what stopped the record, or wakes the outbox and opens the request's page (a redirect, so a reload records nothing again). */
function openRecorded(outcome: RecordOutcome): never {
  if (outcome.kind === "bad-day") refuse(outcome.message, { receivedOn: outcome.message });
  if (outcome.kind === "key-conflict") refuse("This form has expired. Please reload the page and enter the request again.");
  if (outcome.kind === "created" && outcome.emailed) kickEmailDispatcher();
  revalidatePath("/admin");
  redirect(`/admin/requests/${outcome.request.reference}`);
}
