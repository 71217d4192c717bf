import { formatDay } from "@/components/ui/formatted-date";
import { describeAdministratorContact } from "@/features/requests/administrator-contact";
import type { RequestSummary } from "@/features/requests/repository";
import type { AcknowledgementEmail } from "@/features/requests/submit-public-request";
import type { AnswerChannel } from "./schemas";

/** The acknowledgement of a California Privacy Rights request; labelled as the policy asks such requests to be. */
export function buildCaliforniaAcknowledgement(to: string, name: string, channel: AnswerChannel, request: RequestSummary, statusUrl: string): AcknowledgementEmail {
  const how = channel === "email" ? "by email, to this address" : "by postal mail, to the address you gave";
  const text = [
    `Dear ${name},`,
    "",
    `We received your "Your California Privacy Rights" request on ${formatDay(request.receivedAt.slice(0, 10))}.`,
    `Your reference number is ${request.reference}. Please quote it whenever you write to us about this request.`,
    "",
    "What happens next:",
    "- Under California Civil Code section 1798.83, our answer tells you how to use your choices about sharing your personal information with other companies for their direct marketing.",
    `- We will send it ${how}, by ${formatDay(request.answerBy)}.`,
    `- Follow your request here (keep this link to yourself): ${statusUrl}`,
    "",
    describeAdministratorContact(),
  ].join("\n");
  return { to, subject: `Your California Privacy Rights: request ${request.reference} received`, text };
}
