import type { PrivacyRequestStatus, PrivacyRequestType } from "../schema";

/** The instant the migration tests' rows are dated. */
export const EARLY_ROW_TIME = "2026-11-20T00:00:00.000Z";

/**
 * A privacy request with only the columns that existed before migration 0010,
 * for a migration test to insert before it migrates: an access request
 * received at EARLY_ROW_TIME, unless `overrides` says otherwise.
 */
export function earlyRequestRow(
  id: string,
  overrides: { type?: PrivacyRequestType; status?: PrivacyRequestStatus; customerId?: string | null; urgent?: number; answerBy?: string; closedAt?: string | null; requesterName?: string } = {},
) {
  const answerBy = overrides.answerBy ?? "2027-01-04";
  return {
    id,
    reference: `PR-${id}`,
    type: "access" as PrivacyRequestType,
    status: "received" as PrivacyRequestStatus,
    customerId: null,
    requesterName: "Someone",
    requesterEmail: null,
    requesterPostalJson: null,
    detailsJson: "{}",
    urgent: 0,
    receivedAt: EARLY_ROW_TIME,
    acknowledgeBy: "2026-12-04",
    answerBy,
    extendedAnswerBy: null,
    dueOn: answerBy,
    idempotencyKey: id,
    assignedTo: null,
    closedAt: null,
    updatedAt: EARLY_ROW_TIME,
    ...overrides,
  };
}
