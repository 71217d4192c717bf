import "server-only";
import { linkLines } from "@/lib/email-text";
import type { Kysely } from "kysely";
import { formatDay } from "@/lib/dates";
import { dataCategories } from "@/content/data-categories";
import { describeAdministratorContact } from "@/lib/administrator-contact";
import type { RequestSummary } from "@/features/requests";
import type { RecordCorrectionDetails, TypedRequestDetails } from "@/lib/requests/request-details";
import { submitPublicRequest, type SubmissionOutcome } from "@/features/requests";
import type { Database } from "@/server/db/schema";
import type { CorrectionRequest } from "./schemas";

export type CustomerRequestType = "access" | "correction" | "deletion";

/** The signed-in customer making the request (the session's, never the form's). */
export interface RequestingCustomer {
  accountId: string;
  email: string;
}

export type CustomerRequestInput = {
  idempotencyKey: string;
  /** When the customer re-entered their password for this request (access and deletion). */
  reauthenticatedAt?: Date;
} & ({ type: "access" | "deletion" } | { type: "correction"; details: RecordCorrectionDetails });

const whatWasAsked: Record<CustomerRequestType, { received: string; subject: string; sentence: string }> = {
  access: {
    received: "We received your request for a copy of your information.",
    subject: "We received your request for a copy of your information",
    sentence: "You asked for a copy of the personal information we hold about you.",
  },
  correction: {
    received: "We received your request to correct your information.",
    subject: "We received your correction request",
    sentence: "You asked us to correct information we hold about you.",
  },
  deletion: {
    received: "We received your request to delete your information.",
    subject: "We received your deletion request",
    sentence: "You asked us to delete the personal information we hold about you, apart from what we must keep.",
  },
};

/** The acknowledgement: what was asked, the reference, the dates the law sets, and where to follow it. */
export function customerRequestAcknowledgement(type: CustomerRequestType, request: RequestSummary, siteUrl: string): string {
  return [
    `${whatWasAsked[type].sentence} Your reference is ${request.reference}.`,
    "",
    `We will confirm it is you and answer by ${formatDay(request.answerBy)}. If we need more time, which the law allows once, we will tell you why before that date.`,
    "",
    linkLines("Follow your request:", `${siteUrl}/account/requests/${request.reference}`),
    "",
    describeAdministratorContact(),
    "",
  ].join("\n");
}

/**
 * Records a signed-in customer's request about their own data: the request
 * concerns the session's customer only, and the request, its audit entry and
 * the acknowledgement are written in one transaction (submitPublicRequest).
 * The same form sent twice makes one request.
 */
export async function submitCustomerRequest(
  db: Kysely<Database>,
  customer: RequestingCustomer,
  input: CustomerRequestInput,
  context: { siteUrl: string; now?: Date },
): Promise<SubmissionOutcome> {
  const now = context.now ?? new Date();
  const profile = await db.selectFrom("customers").select(["fullName"]).where("accountId", "=", customer.accountId).executeTakeFirst();
  return submitPublicRequest(
    db,
    {
      draft: {
        ...typedDetailsOf(input),
        requesterName: profile?.fullName ?? customer.email,
        requesterEmail: customer.email,
        requesterPostal: null,
        urgent: false,
        idempotencyKey: input.idempotencyKey,
        receivedMessage: whatWasAsked[input.type].received,
      },
      auditAction: `request_${input.type}`,
      actor: { accountId: customer.accountId, role: "customer" },
      matchCustomer: async () => ({ customerId: customer.accountId, notes: [], auditDetails: { passwordReentered: Boolean(input.reauthenticatedAt) } }),
      acknowledgement: (request) => ({
        to: customer.email,
        subject: `${whatWasAsked[input.type].subject} (${request.reference})`,
        text: customerRequestAcknowledgement(input.type, request, context.siteUrl),
      }),
    },
    now,
  );
}

/** The request's type and its own fields, with the fresh sign-in when there was one. */
function typedDetailsOf(input: CustomerRequestInput): TypedRequestDetails {
  const identityCheck = input.reauthenticatedAt ? { reauthenticatedAt: input.reauthenticatedAt.toISOString() } : {};
  return input.type === "correction" ? { type: "correction", details: { ...input.details, ...identityCheck } } : { type: input.type, details: identityCheck };
}

/** A correction's fields as the administrator reads them. */
export function correctionDetails(input: CorrectionRequest): RecordCorrectionDetails {
  const category = dataCategories.find((candidate) => candidate.id === input.category);
  return { field: input.category, fieldTitle: category?.title ?? input.category, correction: input.correction };
}
