import "server-only";
import { notFound } from "next/navigation";
import { site } from "@/content/site";
import { dayIn } from "@/lib/dates";
import { env } from "@/server/env";
import { normalizeReference } from "@/features/requests";
import { findRequestForAdmin, viewCustomerRecordsForRequest } from "@/features/requests";
import { listActiveAdministrators, readMinorReportState, viewMinorReportFindings } from "@/features/requests";
import { readCpniPostingListForStaff, readCpniRecordForStaff } from "@/features/preferences";
import { query } from "@/server/boundary";
import { CPNI_DONE_MESSAGES, type CpniNoticeIntent } from "./cpni-schemas";
import { auditSearchSchema } from "./audit-schemas";
import { getAuditLogPage } from "./audit-service";
import { loadRequestMetrics } from "./metrics-repository";
import { currentYearIn, resolveMetricsYear } from "./metrics-schemas";
import { queueSearchSchema } from "./queue-schemas";
import { getRequestQueue } from "./queue-service";
import { ACTION_DONE_MESSAGES, availableActions, type RequestIntent } from "./request-action-schemas";
import { completionHint, nextStep, suggestedVerification } from "./request-guidance";

/**
 * What the console's pages read. Each is a query for the Privacy
 * Administrator, so the role is checked inside the read: a page that forgot
 * to check still shows a customer nothing ("not found"), and a visitor
 * without a session is sent to sign in.
 */

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The console's layout asks only for someone signed in (a "not found" thrown
 * from a layout renders as an empty shell without JavaScript); each page's
 * query checks the role itself.
 */
export const requireConsoleSession = query("signed-in", async () => undefined, { returnTo: "/admin" });

/** The queue as of today, filtered as the address says. */
export const readRequestQueue = query(
  "admin",
  async (context, searchParams: SearchParams) => {
    const search = queueSearchSchema.parse(searchParams);
    return { search, ...(await getRequestQueue(context.db, search, context.now)) };
  },
  { returnTo: "/admin" },
);

/** One page of the audit log as the address searches it, or why nothing was searched. */
export const readAuditLog = query(
  "admin",
  async (context, searchParams: SearchParams) => {
    const parsed = auditSearchSchema.safeParse(searchParams);
    if (!parsed.success) return { found: false as const, problem: `Nothing searched: ${parsed.error.issues[0]?.message ?? "check the search."}` };
    return { found: true as const, search: parsed.data, ...(await getAuditLogPage(context.db, parsed.data)) };
  },
  { returnTo: "/admin/audit" },
);

/**
 * The customers whose CPNI notice must go by post now (no approval to send
 * notices by email, or the email came back), each look audited; and, after a
 * record made from the list (`?posted=1`), what was done.
 */
export const readCpniPostingList = query(
  "admin",
  async (context, searchParams: SearchParams) => ({
    customers: await readCpniPostingListForStaff(context.db, context.actor.accountId, context.now),
    today: dayIn(env.COMPANY_TIME_ZONE, context.now),
    done: searchParams.posted === "1" ? CPNI_DONE_MESSAGES.posted : null,
  }),
  { returnTo: "/admin/cpni-notices" },
);

/** The yearly request figures, for the year the address asks for (or this one, saying why). */
export const readRequestMetrics = query(
  "admin",
  async (context, searchParams: SearchParams) => {
    const zone = env.COMPANY_TIME_ZONE;
    const { year, problem } = resolveMetricsYear(searchParams, context.now, zone);
    return { year, currentYear: currentYearIn(zone, context.now), problem, timeZone: zone, metrics: await loadRequestMetrics(context.db, year, zone) };
  },
  { returnTo: "/admin/metrics" },
);

/**
 * A request in the console, by its reference as typed in the address: who
 * asked and what, the timeline, the steps its status allows and who it can be
 * assigned to. The customer's records are read only when asked for
 * (`?records=show`), with the customer's CPNI notices and uses, and every
 * look is audited before it is shown. No such
 * request: "not found".
 */
export const readRequestForAdmin = query("admin", async (context, typedReference: string, searchParams: SearchParams = {}) => {
  const reference = normalizeReference(typedReference);
  const request = reference ? await findRequestForAdmin(context.db, reference) : undefined;
  if (!request) notFound();

  const { done, records, findings: findingsShown } = searchParams;
  const showRecords = records === "show" && request.customerId !== null;
  const minorReport = request.type === "minor_report";
  // What a minor's report found names customers: read only when asked for, and audited like the records.
  const [inventory, administrators, minorReportState, findings] = await Promise.all([
    showRecords ? viewCustomerRecordsForRequest(context.db, request.reference, context.actor.accountId, context.now) : null,
    listActiveAdministrators(context.db),
    minorReport ? readMinorReportState(context.db, request.id) : null,
    minorReport && findingsShown === "show" ? viewMinorReportFindings(context.db, request.reference, context.actor.accountId, context.now) : null,
  ]);
  // The CPNI notices and uses are part of the records: read only once that look has been audited (inventory is then non-null).
  const cpniRecord = inventory && request.customerId ? await readCpniRecordForStaff(context.db, request.customerId, context.now) : null;
  const { cpni: cpniDone } = searchParams;
  const actions = availableActions(request, dayIn(env.COMPANY_TIME_ZONE, context.now), minorReportState?.held ?? false);
  return {
    request,
    inventory,
    cpni: cpniRecord && {
      record: cpniRecord,
      reference: request.reference,
      today: dayIn(env.COMPANY_TIME_ZONE, context.now),
      done: typeof cpniDone === "string" && cpniDone in CPNI_DONE_MESSAGES ? CPNI_DONE_MESSAGES[cpniDone as CpniNoticeIntent] : null,
    },
    administrators,
    doneMessage: typeof done === "string" && done in ACTION_DONE_MESSAGES ? ACTION_DONE_MESSAGES[done as RequestIntent] : null,
    minorReportState,
    findings,
    actions,
    nextStep: nextStep(actions),
    suggestedVerification: suggestedVerification(request),
    completionHint: completionHint(request),
    defaultContactPerson: `${site.privacyAdministrator.title}, ${site.privacyAdministrator.email}`,
  };
});
