import { formatDay, formatMoment } from "@/lib/dates";
import { REQUEST_TYPE_LABELS } from "@/lib/requests/request-labels";

/**
 * The audit log in words: what each kind of entry the center writes means
 * (server/audit/audit-log.ts, appended by the features), and each detail's
 * label and value. The CSV export keeps the stored codes; the console shows these.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  // Requests as they arrive.
  request_access: "Asked for a copy of their information",
  request_correction: "Asked for a correction of their information",
  request_deletion: "Asked for their information to be deleted",
  request_date_of_birth_correction: "Asked for a change of their date of birth",
  receive_california_privacy_rights_request: "Sent a “Your California Privacy Rights” request",
  receive_minor_report: "Reported a minor’s data",
  record_received_request: "Recorded a request that came by email or post",
  // Staff's steps on a request.
  verify_request: "Verified the requester’s identity",
  start_request: "Started work on the request",
  extend_request: "Extended the deadline to answer",
  complete_request: "Completed the request and sent the answer",
  deny_request: "Denied the request and sent the reason",
  add_request_note: "Added an internal note",
  assign_request: "Changed who the request is assigned to",
  complete_minor_report: "Erased the child’s data and completed the report",
  record_minor_report_mistaken: "Recorded the report as mistaken, ending its hold",
  // Staff's looks at records.
  view_customer_records: "Viewed the customer’s records",
  view_minor_report_findings: "Viewed what the minor’s report found",
  view_cpni_posting_list: "Viewed the customer on the list of CPNI notices to post",
  export_audit_log: "Downloaded the audit log",
  // CPNI notices (47 CFR 64.2008).
  cpni_notice_returned: "Recorded a CPNI notice email as returned undelivered",
  cpni_notice_posted: "Recorded a CPNI notice sent by post",
  cpni_opt_out_by_reply: "Recorded a CPNI opt-out the customer sent by reply",
  // The center's own work.
  remove_minor_report_identifiers: "Removed the child’s details from a closed report at the end of its retention period",
};

/** "some_new_action" → "Some new action": an entry of a kind written after this list still reads as words. */
const fromCode = (code: string) => {
  const words = code.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const describeAuditAction = (action: string): string => AUDIT_ACTION_LABELS[action] ?? fromCode(action);

export type AuditDetailValue = string | number | boolean | null;

const yesNo = (value: AuditDetailValue) => (value === true || value === 1 ? "Yes" : value === false || value === 0 ? "No" : String(value));
const count = (value: AuditDetailValue) => String(value);
const day = (value: AuditDetailValue) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value) : String(value));
const fromList = (labels: Record<string, string>) => (value: AuditDetailValue) => labels[String(value)] ?? String(value);

interface DetailFormat {
  label: string;
  value?: (value: AuditDetailValue, timeZone: string) => string;
}

/** Details of one kind: each key's label, all read the same way (a count, a yes or no). */
const alike = (value: DetailFormat["value"], labels: Record<string, string>): Record<string, DetailFormat> =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, { label, value }]));

/** Every detail key the features write (kinds, flags and counts only: never free text or personal data). */
const DETAIL_FORMATS: Record<string, DetailFormat> = {
  type: { label: "Type of request", value: fromList(REQUEST_TYPE_LABELS) },
  delivery: { label: "Requester told by", value: fromList({ email: "Email", post: "A letter to post", none: "Not told" }) },
  channel: { label: "Arrived by", value: fromList({ email: "Email", post: "Post" }) },
  erasure: { label: "Erased", value: fromList({ account: "Whole accounts", identifiers: "Only the records holding the reported details" }) },
  matchedBy: { label: "Matched by" },
  erasedAccountIds: { label: "Erased account ids" },
  customerFilter: { label: "Customer searched for" },
  staffFilter: { label: "Staff member searched for" },
  emailedAt: { label: "Notice emailed", value: (value, zone) => (typeof value === "string" ? formatMoment(value, zone, "medium") : String(value)) },
  ...alike(day, { receivedOn: "Received on", extendedAnswerBy: "New answer-by day", postedOn: "Posted on" }),
  ...alike(yesNo, {
    urgent: "Urgent",
    acknowledgementEmailed: "Acknowledgement emailed",
    passwordReentered: "Password re-entered",
    matchedCustomer: "Matched a customer",
    enclosuresNoted: "Enclosures noted",
    exportStored: "Copy prepared",
    dateOfBirthCorrected: "Date of birth changed",
    holdEnded: "Hold ended",
  }),
  ...alike(count, {
    matchedCustomers: "Customers matched",
    matchedAccounts: "Accounts matched",
    records: "Records holding the reported details",
    exportParts: "Parts of the copy",
    erasedAccounts: "Accounts erased",
    closedSignIns: "Sign-ins closed",
    deletedStoredCommunications: "Stored communications deleted",
    deletedDeviceIdentifiers: "Cookies and device identifiers deleted",
    deletedSensitiveItems: "Sensitive items deleted",
    deletedServices: "Services deleted",
    deletedCallRecords: "Call records deleted",
    deletedBillingPeriods: "Billing periods deleted",
    deletedEmails: "Emails deleted",
    deletedEmailChanges: "Pending email changes deleted",
    deletedAccountNumbers: "Account numbers deleted",
    removedPhones: "Phone numbers removed",
    keptCallRecords: "Call records kept (retention)",
    keptBillingPeriods: "Billing periods kept (retention)",
    retentionDays: "Retention period (days)",
    noticeId: "Notice number",
    consentRecordId: "Consent record number",
  }),
};

export interface AuditDetail {
  label: string;
  value: string;
}

/** One detail as a label and a value in words; a key written after this list gets its name spelled out. */
export function describeAuditDetail(key: string, value: AuditDetailValue, timeZone: string): AuditDetail {
  const format = DETAIL_FORMATS[key];
  const label = format?.label ?? fromCode(key);
  if (value === null || value === "") return { label, value: "—" };
  if (format?.value) return { label, value: format.value(value, timeZone) };
  return { label, value: typeof value === "boolean" ? yesNo(value) : String(value) };
}

/** The detail keys a label is known for (for the test that every key the features write has one). */
export const KNOWN_AUDIT_DETAIL_KEYS = Object.keys(DETAIL_FORMATS);
