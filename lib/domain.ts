/**
 * The center's kinds of things: who signs in, which sensitive items and
 * communications it holds, how a choice was made, and a privacy request's
 * type, status and events. Shared by the database schema, the features and
 * the pages, so none of them owns the words the others use.
 */

export type Role = "customer" | "admin";

export type SensitiveKind =
  | "ssn"
  | "drivers_license"
  | "employee_id"
  | "account_number"
  | "card_number"
  | "security_code"
  | "mothers_maiden_name"
  | "passport_number"
  | "electronic_signature";

export type CommunicationKind = "voicemail" | "call_recording" | "sms" | "mms" | "fax";

/**
 * How a choice was made. "gpc": the browser's Global Privacy Control signal (an opt-out, CCPA regs §7025(c)(1)).
 * "gpc_consent": the customer's consent to a choice the signal covers, given after the signal was processed and
 * the conflict shown (§7025(c)(3)); the signal no longer turns that choice off while the customer is known.
 * "sign_up": given by the customer when they signed up for service (the demo's customers; the approval to receive
 * notices by email, 47 CFR 64.2008(d)(3)(i)).
 */
export type ConsentMethod = "default" | "dashboard" | "gpc" | "gpc_consent" | "email_link" | "administrator" | "sign_up";

export type PrivacyRequestType = "access" | "correction" | "deletion" | "california_privacy_rights" | "minor_report";

export type PrivacyRequestStatus = "received" | "verified" | "in_progress" | "extended" | "completed" | "denied";

export type RequestEventKind = "received" | "verified" | "in_progress" | "extended" | "completed" | "denied" | "note" | "assigned";

/** What the center holds to reach a customer and tell them apart: the record the dashboard shows and the customer corrects. */
export interface CustomerDetails {
  fullName: string;
  streetAddress: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  dateOfBirth: string;
}
