import type { PrivacyRequestStatus, PrivacyRequestType, RequestEventKind } from "@/lib/domain";

/** How staff name each type of request (the console). */
export const REQUEST_TYPE_LABELS = {
  minor_report: "Minor’s data report",
  access: "Access",
  correction: "Correction",
  deletion: "Deletion",
  california_privacy_rights: "Your California Privacy Rights",
} as const satisfies Record<PrivacyRequestType, string>;

/** How the person who asked names it (their own pages and emails). */
export const REQUESTER_TYPE_LABELS = {
  minor_report: "Report about a minor’s data",
  access: "Copy of your information",
  correction: "Correction of your information",
  deletion: "Deletion of your information",
  california_privacy_rights: "Your California Privacy Rights",
} as const satisfies Record<PrivacyRequestType, string>;

export const REQUEST_STATUS_LABELS = {
  received: "Received",
  verified: "Verified",
  in_progress: "In progress",
  extended: "Extended",
  completed: "Completed",
  denied: "Denied",
} as const satisfies Record<PrivacyRequestStatus, string>;

/** How a timeline names each event: a status change by its status, and the two staff-only kinds. */
export const REQUEST_EVENT_LABELS = {
  ...REQUEST_STATUS_LABELS,
  note: "Note",
  assigned: "Assignment",
} as const satisfies Record<RequestEventKind, string>;
