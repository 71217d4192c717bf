import type { AdminRequestView } from "@/features/requests/workflow/request-views";

/** What completing a request does, said on its form so staff know before they press it. */
export function completionHint(request: Pick<AdminRequestView, "type" | "details">): string {
  switch (request.type) {
    case "access":
      return "Completing prepares the copy of the customer’s records now; the requester downloads it from their request’s page. Your answer goes with it.";
    case "deletion":
      return "Completing deletes what may be deleted now and keeps what must be kept; the requester is told which. It cannot be undone.";
    case "correction":
      return request.details.field === "date_of_birth"
        ? `Completing changes the date of birth on record to ${String(request.details.requestedValue)}. Complete only once the new date is verified.`
        : "Make the correction in the records first, then say here what was corrected.";
    case "california_privacy_rights":
      return "Write the answer: the categories of personal information shared with third parties for their direct marketing in the past calendar year, with their names and addresses, or that none was shared.";
    case "minor_report":
      return "Say what was done about the child’s information. Completing ends the hold on marketing use of any matched account.";
  }
}
