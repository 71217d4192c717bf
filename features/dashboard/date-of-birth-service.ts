import "server-only";
import type { Kysely } from "kysely";
import { submitPublicRequest, type SubmissionOutcome } from "@/features/requests";
import { formatDay } from "@/lib/dates";
import type { Database } from "@/server/db/schema";
import type { DateOfBirthCorrection } from "./date-of-birth-correction";
import { findCustomerName } from "./repository";

/**
 * Asks for a date-of-birth correction for the signed-in customer (from the
 * session, never the form): one transaction with the request, its audit entry
 * and the acknowledgement email. The same form sent twice makes one request.
 */
export async function requestDateOfBirthCorrection(
  db: Kysely<Database>,
  customer: { accountId: string; email: string },
  correction: DateOfBirthCorrection,
  now: Date,
): Promise<SubmissionOutcome> {
  const fullName = await findCustomerName(db, customer.accountId);
  return submitPublicRequest(
    db,
    {
      draft: {
        type: "correction",
        requesterName: fullName ?? customer.email,
        requesterEmail: customer.email,
        requesterPostal: null,
        details: { field: "date_of_birth", requestedValue: correction.dateOfBirth, note: correction.note || null },
        urgent: false,
        idempotencyKey: correction.idempotencyKey,
        receivedMessage: "We received your request to correct your date of birth. We will verify the new date before changing it.",
      },
      auditAction: "request_date_of_birth_correction",
      actor: { accountId: customer.accountId, role: "customer" },
      matchCustomer: async () => ({ customerId: customer.accountId, notes: [], auditDetails: {} }),
      acknowledgement: (request) => ({
        to: customer.email,
        subject: `We received your correction request ${request.reference}`,
        text:
          `We received your request to correct the date of birth we hold for you (reference ${request.reference}).\n\n` +
          `Our Privacy Administrator will verify the new date and answer by ${formatDay(request.answerBy)}. ` +
          "Until then your date of birth stays as it is.\n",
      }),
    },
    now,
  );
}
