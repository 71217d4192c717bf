import type { ColumnType, Generated } from "kysely";
import type { CommunicationKind, ConsentMethod, CustomerDetails, PrivacyRequestStatus, PrivacyRequestType, RequestEventKind, Role, SensitiveKind } from "../../lib/domain";

// The domain's kinds live in lib/domain.ts (shared with the pages and forms); the tables use them.
export type { CommunicationKind, ConsentMethod, CustomerDetails, PrivacyRequestStatus, PrivacyRequestType, RequestEventKind, Role, SensitiveKind };

/**
 * The tables as TypeScript sees them (camelCase; snake_case in SQL).
 * Timestamps are ISO-8601 UTC strings and days are YYYY-MM-DD, identical on
 * SQLite and PostgreSQL and sortable as text. Flags are 0/1 integers.
 */

export interface AccountsTable {
  id: string;
  email: string;
  passwordHash: string;
  role: Role;
  disabledAt: string | null;
  passwordChangedAt: string;
  createdAt: string;
}

export interface CustomersTable extends CustomerDetails {
  accountId: string;
  createdAt: string;
  updatedAt: string;
}

/** A Sensitive Personal Information value, encrypted with AES-256-GCM; only its last characters are kept in clear for masking. */
export interface SensitiveItemsTable {
  id: string;
  customerId: string;
  kind: SensitiveKind;
  keyId: string;
  ciphertext: string;
  lastFour: string;
  createdAt: string;
}

export interface CpniServicesTable {
  id: string;
  customerId: string;
  serviceName: string;
  plan: string;
  startedOn: string;
  monthlyPriceCents: number;
}

export interface CpniBillingPeriodsTable {
  id: string;
  customerId: string;
  period: string;
  amountCents: number;
  minutesUsed: number;
  messagesSent: number;
}

export interface CallRecordsTable {
  id: string;
  customerId: string;
  startedAt: string;
  direction: "inbound" | "outbound";
  otherParty: string;
  durationSeconds: number;
}

export interface StoredCommunicationsTable {
  id: string;
  customerId: string;
  kind: CommunicationKind;
  storedAt: string;
  sizeBytes: number;
}

export interface DeviceIdentifiersTable {
  id: string;
  customerId: string;
  kind: "cookie" | "device";
  name: string;
  purpose: "preference" | "advertising" | "security" | "device";
  valueHint: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** Append-only: a change of a choice is a new row, never an update. */
export interface ConsentRecordsTable {
  /** Increasing, so the latest record of a choice is the one with the highest id. */
  id: Generated<number>;
  customerId: string;
  choiceKey: string;
  oldValue: number | null;
  newValue: number;
  method: ConsentMethod;
  policyVersion: string;
  createdAt: string;
}

export interface SessionsTable {
  id: string;
  accountId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface PasswordResetTokensTable {
  tokenHash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** A change of email address waiting for its link to be opened (migration 0011); only the token's hash is kept. */
export interface EmailChangeRequestsTable {
  tokenHash: string;
  accountId: string;
  newEmail: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface EmailOutboxTable {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  headersJson: string;
  category: "transactional" | "promotional";
  /** Lower goes first (migration 0017); enqueueEmail derives it from the email's kind. */
  priority: Generated<number>;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
}

/** Append-only; `hash` = SHA-256 over the previous hash and this entry's fields. */
export interface AuditLogTable {
  sequence: number;
  occurredAt: string;
  actorAccountId: string | null;
  actorRole: "customer" | "admin" | "system" | "public";
  action: string;
  customerId: string | null;
  subject: string | null;
  detailsJson: string;
  previousHash: string;
  hash: string;
}

export interface AuditChainHeadTable {
  id: number;
  lastSequence: number;
  lastHash: string;
}

/** A request or report; `details_json` holds its type's own fields as submitted. Days are YYYY-MM-DD. */
export interface PrivacyRequestsTable {
  id: string;
  /** What people quote, e.g. PR-7K4Q-9M2X. */
  reference: string;
  type: PrivacyRequestType;
  status: PrivacyRequestStatus;
  /** The customer it concerns, when known; a minor's report sets it when exactly one customer matches. */
  customerId: string | null;
  /**
   * The customer who made it from their account; null for what was made without one (a minor's report,
   * a California Privacy Rights request). A customer's own pages read by this, never by `customerId` (migration 0010).
   */
  requestedByCustomerId: string | null;
  requesterName: string;
  requesterEmail: string | null;
  /** {streetAddress, city, state, postalCode}, as given. */
  requesterPostalJson: string | null;
  detailsJson: string;
  urgent: number;
  receivedAt: string;
  acknowledgeBy: string;
  answerBy: string;
  /** Set when the request is extended: the new answer day. */
  extendedAnswerBy: string | null;
  /** The day it is due now: `extendedAnswerBy` once extended, else `answerBy` (migration 0006). */
  dueOn: string;
  idempotencyKey: string | null;
  assignedTo: string | null;
  closedAt: string | null;
  updatedAt: string;
  /** How it came in: "online" (a form of the center) or, recorded by staff, "email" or "post" (migration 0012-request-channel). */
  channel: Generated<RequestChannel>;
  /** When staff entered a request that came by email or post; `receivedAt` is when it reached the company. Null for online ones. */
  recordedAt: OptionalOnInsert<string | null>;
  /** The administrator who entered it. */
  recordedBy: OptionalOnInsert<string | null>;
  /** What the requester asked, as staff transcribed it from the letter or email. */
  askedText: OptionalOnInsert<string | null>;
  /** A note of what was enclosed (no file is kept). */
  enclosures: OptionalOnInsert<string | null>;
}

/** A column that may be left out of an insert (it is then null). */
type OptionalOnInsert<T> = ColumnType<T, T | undefined, T>;

export type RequestChannel = "online" | "email" | "post";

/** A request's timeline, append-only; notes for staff have visible_to_requester 0. */
export interface RequestEventsTable {
  id: Generated<number>;
  requestId: string;
  occurredAt: string;
  kind: RequestEventKind;
  actorAccountId: string | null;
  visibleToRequester: number;
  message: string;
}

/** The answer to an access request: the data export JSON, stored in `partCount` sealed parts (migration 0013). */
export interface RequestExportsTable {
  requestId: string;
  createdAt: string;
  fileName: string;
  partCount: Generated<number>;
}

/** One part of an access request's copy, in order from 0, sealed with the SensitiveCipher on its own. */
export interface RequestExportPartsTable {
  requestId: string;
  part: number;
  keyId: string;
  ciphertext: string;
}

/** The random id that names a customer in email links (migration 0007). */
export interface MailRecipientsTable {
  recipientId: string;
  customerId: string;
  createdAt: string;
}

export interface PolicyAnnouncementsTable {
  versionId: string;
  startedAt: string;
  completedAt: string | null;
}

/** One per version and customer whose notice was queued: the once-only guard (migration 0008). */
export interface PolicyNoticesTable {
  versionId: string;
  customerId: string;
  queuedAt: string;
}

/** A CPNI notice (47 CFR 64.2008(c)) emailed to a customer: the record 64.2008(a)(2) keeps (migration 0015). */
export interface CpniNoticesTable {
  id: Generated<number>;
  customerId: string;
  sentAt: string;
  toAddress: string;
  /** The outbox email that carried it. */
  emailId: string | null;
  /** Which text of the notice was sent (content/cpni-notice's version). */
  noticeVersion: string;
  kind: "first" | "renewal";
  /** How it went out (migration 0016): emailed by the job, or posted by the Privacy Administrator. */
  method: Generated<CpniNoticeMethod>;
  /** When an emailed notice was recorded as returned undeliverable (47 CFR 64.2008(d)(3)(iii)). */
  undeliverableAt: string | null;
  /** The staff account that recorded a posted notice or a return. */
  recordedBy: string | null;
}

export type CpniNoticeMethod = "email" | "post";

/** A use of a customer's CPNI for marketing: the record 47 CFR 64.2009(c) keeps (migration 0015). */
export interface CpniUsesTable {
  id: Generated<number>;
  customerId: string;
  purpose: "communications-marketing" | "other-marketing";
  campaign: string;
  cpniUsed: string;
  offered: string;
  usedAt: string;
}

/** The policy version a customer last saw on the dashboard. */
export interface PolicyViewsTable {
  customerId: string;
  versionId: string;
  seenAt: string;
}

/** Every customer account a minor's report matched on receipt, keyed by the report's idempotency key (migration 0014). */
export interface MinorReportMatchesTable {
  reportKey: string;
  customerId: string;
  /** "email address", "phone number", "account number", joined with ", ". */
  matchedBy: string;
  matchedAt: string;
}

/** How a minor's report's hold ended, and when the child's identifiers were removed from it (migration 0014). */
export interface MinorReportOutcomesTable {
  requestId: string;
  holdEndedAt: string | null;
  holdEndedBecause: "erased" | "mistaken" | "closed" | null;
  identifiersRemovedAt: string | null;
}

export interface Database {
  accounts: AccountsTable;
  customers: CustomersTable;
  sensitiveItems: SensitiveItemsTable;
  cpniServices: CpniServicesTable;
  cpniBillingPeriods: CpniBillingPeriodsTable;
  callRecords: CallRecordsTable;
  storedCommunications: StoredCommunicationsTable;
  deviceIdentifiers: DeviceIdentifiersTable;
  consentRecords: ConsentRecordsTable;
  cpniNotices: CpniNoticesTable;
  cpniUses: CpniUsesTable;
  sessions: SessionsTable;
  passwordResetTokens: PasswordResetTokensTable;
  emailChangeRequests: EmailChangeRequestsTable;
  emailOutbox: EmailOutboxTable;
  auditLog: AuditLogTable;
  auditChainHead: AuditChainHeadTable;
  privacyRequests: PrivacyRequestsTable;
  requestEvents: RequestEventsTable;
  requestExports: RequestExportsTable;
  requestExportParts: RequestExportPartsTable;
  mailRecipients: MailRecipientsTable;
  policyAnnouncements: PolicyAnnouncementsTable;
  policyNotices: PolicyNoticesTable;
  policyViews: PolicyViewsTable;
  minorReportMatches: MinorReportMatchesTable;
  minorReportOutcomes: MinorReportOutcomesTable;
}
