import "server-only";
import { dataCategories } from "@/content/data-categories";
import { dataExportFileName, streamDataExport } from "@/features/dashboard";
import { dateOfBirthCorrectionSchema } from "@/features/dashboard";
import type { SensitiveCipher } from "@/server/crypto/sensitive-cipher";
import { type DateOfBirthCorrectionDetails, isDateOfBirthCorrection } from "@/lib/requests/request-details";
import { eraseCustomerData } from "./erase-customer-data";
import { storeRequestExport } from "./request-export-store";
import {
  accessCompletedLetter,
  answeredLetter,
  dateOfBirthCorrectedLetter,
  deletionCompletedLetter,
  type RequestLetter,
} from "./request-emails";
import { type ActionStep, type AuditDetails, refuse } from "./perform-workflow-step";

/** What completing a request needs besides the database: the key that seals an access request's copy, and what the copy cites. */
export interface CompletionDeps {
  cipher: SensitiveCipher;
  siteUrl: string;
  policyVersion: string;
}

export interface Answer {
  letter: RequestLetter;
  auditDetails: AuditDetails;
}

/**
 * Does what the request asked, in the completion's transaction, and says
 * what was done. Access and deletion need the customer's records; the other
 * types are answered by the administrator's message.
 */
export async function answerRequest(step: ActionStep, message: string, deps: CompletionDeps): Promise<Answer> {
  const { request } = step;
  switch (request.type) {
    case "access":
      return answerAccess(step, message, deps);
    case "deletion":
      return answerDeletion(step, message);
    case "correction":
      return isDateOfBirthCorrection(request.details)
        ? answerDateOfBirthCorrection(step, request.details, message)
        : { letter: answeredLetter(request, message), auditDetails: {} };
    case "california_privacy_rights":
    case "minor_report":
      return { letter: answeredLetter(step.request, message), auditDetails: {} };
  }
}

function requireCustomerId(step: ActionStep, nothingTo: string): string {
  return (
    step.request.customerId ??
    refuse(`This request is not linked to a customer record, so there is nothing to ${nothingTo}. Deny it instead, and explain why to the requester.`)
  );
}

/**
 * The copy is made now and kept sealed with the request, so the customer
 * downloads exactly what answered their request; the email only points to it.
 * It holds everything the center holds about them (every call record and
 * billing period, their choices and their history, the requests they made
 * with their timelines, the notices sent: CCPA regulations 11 CCR §7024(h),
 * all the personal information collected and maintained), read page by page within the completion's
 * transaction, so it is one moment's data, and stored in sealed parts so that
 * no step holds the whole copy in memory (docs/decisions/0014).
 */
async function answerAccess(step: ActionStep, message: string, deps: CompletionDeps): Promise<Answer> {
  const { trx, request, now } = step;
  const customerId = requireCustomerId(step, "send");
  const chunks =
    (await streamDataExport(trx, customerId, dataCategories, { now, siteUrl: deps.siteUrl, policyVersion: deps.policyVersion })) ??
    refuse("The customer record of this request no longer exists, so there is nothing to send. Deny it instead, and explain why.");
  const parts = await storeRequestExport(trx, { requestId: request.id, fileName: dataExportFileName(now), chunks }, deps.cipher, now);
  const requestPageUrl = `${deps.siteUrl.replace(/\/+$/, "")}/account/requests/${request.reference}`;
  return { letter: accessCompletedLetter(request, message, requestPageUrl), auditDetails: { exportStored: true, exportParts: parts } };
}

async function answerDeletion(step: ActionStep, message: string): Promise<Answer> {
  const outcome = await eraseCustomerData(step.trx, requireCustomerId(step, "delete"), step.now);
  return { letter: deletionCompletedLetter(step.request, message, outcome), auditDetails: outcome.counts };
}

/** The date of birth changes only here, once the administrator has verified the new date (policy). */
async function answerDateOfBirthCorrection(step: ActionStep, details: DateOfBirthCorrectionDetails, message: string): Promise<Answer> {
  const { trx, request, now } = step;
  const customerId = requireCustomerId(step, "correct");
  const requested = dateOfBirthCorrectionSchema.shape.dateOfBirth.safeParse(details.requestedValue);
  if (!requested.success) refuse(`The date of birth this request asks for cannot be used: ${requested.error.issues[0]?.message} Deny it instead, and explain why.`);
  const result = await trx.updateTable("customers").set({ dateOfBirth: requested.data, updatedAt: now.toISOString() }).where("accountId", "=", customerId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) refuse("The customer record of this request no longer exists, so there is nothing to correct.");
  return { letter: dateOfBirthCorrectedLetter(request, message, requested.data), auditDetails: { dateOfBirthCorrected: true } };
}
