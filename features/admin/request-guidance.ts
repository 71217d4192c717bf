import { formatDay } from "@/lib/dates";
import { isDateOfBirthCorrection, type TypedRequestDetails } from "@/lib/requests/request-details";
import type { RequestIntent } from "./request-action-schemas";

/** A YYYY-MM-DD day as people write it ("February 14, 1991"); anything else as it was typed. */
export function readableDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value) : value;
}

/** What completing a request does, said on its form so staff know before they press it. */
export function completionHint(request: TypedRequestDetails): string {
  switch (request.type) {
    case "access":
      return "Completing prepares the copy of the customer’s records now; the requester downloads it from their request’s page. Your answer goes with it.";
    case "deletion":
      return "Completing deletes what may be deleted now and keeps what must be kept; the requester is told which. It cannot be undone.";
    case "correction":
      return isDateOfBirthCorrection(request.details)
        ? `Completing changes the date of birth on record to ${readableDay(request.details.requestedValue)}. Complete only once the new date is verified.`
        : "Make the correction in the records first, then say here what was corrected.";
    case "california_privacy_rights":
      return "Write the answer: the categories of personal information shared with third parties for their direct marketing in the past calendar year, with their names and addresses, or that none was shared.";
    case "minor_report":
      return "A report about a child is completed by erasing: choose what to erase under “Erase and complete”. Erasing ends the hold on the matched accounts.";
  }
}

/** What the verification form starts with: a customer who re-entered their password when asking has already been checked once. */
export function suggestedVerification(request: TypedRequestDetails): string {
  const freshSignIn = "reauthenticatedAt" in request.details ? request.details.reauthenticatedAt : undefined;
  return freshSignIn ? "Signed-in customer re-entered their password (fresh sign-in) when making the request." : "";
}

/**
 * The step the request's state calls for, shown first on its page; the others wait behind a choice.
 * Identity first, then the work, then the answer (for a minor's report: erasing). A closed request has
 * only a mistaken report's hold to end, or notes to add.
 */
const NEXT_STEP_ORDER: readonly RequestIntent[] = ["verify", "erase", "start", "complete", "mistaken", "note"];

export function nextStep(available: readonly RequestIntent[]): RequestIntent | null {
  return NEXT_STEP_ORDER.find((step) => available.includes(step)) ?? null;
}
