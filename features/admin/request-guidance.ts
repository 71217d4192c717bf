import { isDateOfBirthCorrection, type TypedRequestDetails } from "@/lib/requests/request-details";

/** What completing a request does, said on its form so staff know before they press it. */
export function completionHint(request: TypedRequestDetails): string {
  switch (request.type) {
    case "access":
      return "Completing prepares the copy of the customer’s records now; the requester downloads it from their request’s page. Your answer goes with it.";
    case "deletion":
      return "Completing deletes what may be deleted now and keeps what must be kept; the requester is told which. It cannot be undone.";
    case "correction":
      return isDateOfBirthCorrection(request.details)
        ? `Completing changes the date of birth on record to ${request.details.requestedValue}. Complete only once the new date is verified.`
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
