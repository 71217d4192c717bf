/**
 * The request engine other features build on: the public and signed-in forms
 * (customer-requests, california-requests, minors, the dashboard's
 * date-of-birth correction) submit through it, and the console (admin) and the
 * customer's pages read and move requests through it.
 */
export { normalizeReference } from "./reference";
export { receivePublicRequest } from "./receive-public-request";
export type { RequestSummary } from "./repository";
export {
  type AcknowledgementEmail,
  type CustomerMatch,
  type PublicRequestPlan,
  type RequestLinks,
  findReplayedRequest,
  type SubmissionOutcome,
  submitPublicRequest,
} from "./submit-public-request";
export { requestLinks } from "./status-link";
export { type StatusChangingAction, type TransitionSubject, transitionRefusal } from "./workflow/request-transitions";
export {
  type AdminRequestView,
  type CustomerRequestListItem,
  type CustomerRequestView,
  findCustomerRequest,
  findCustomerRequests,
  findRequestForAdmin,
  viewCustomerRecordsForRequest,
} from "./workflow/request-views";
export { findRequestExport } from "./workflow/request-export-store";
export * as requestWorkflow from "./workflow/request-workflow";
export { listActiveAdministrators } from "./workflow/workflow-repository";
export { MINOR_ACCOUNT_ERASURE } from "./workflow/minor-report-erasure";
export { type MinorReportFindings, type MinorReportState, readMinorReportState, viewMinorReportFindings } from "./workflow/minor-report-findings";
export {
  addInternalNoteSchema,
  assignRequestSchema,
  completeMinorReportSchema,
  completeRequestSchema,
  CONTACT_PERSON_LIMIT,
  denyRequestSchema,
  extendRequestSchema,
  recordMinorReportMistakenSchema,
  startRequestSchema,
  verifyRequestSchema,
  WORKFLOW_TEXT_LIMIT,
} from "./workflow/workflow-schemas";
