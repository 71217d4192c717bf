import { formatDay } from "@/lib/dates";
import { linkLines } from "@/lib/email-text";
import { describeAdministratorContact } from "@/lib/administrator-contact";
import type { RequestSummary } from "@/features/requests";
import type { AcknowledgementEmail } from "@/features/requests";
import type { AnswerChannel } from "./schemas";
import { receivedDay } from "@/lib/requests/legal-deadlines";
import { env } from "@/server/env";

/**
 * The acknowledgement of a California Privacy Rights request; labelled as the
 * policy asks such requests to be. Nobody has shown that the address typed is
 * theirs, so it repeats nothing the sender typed, not even their name: the
 * center must never carry a stranger's text to someone's inbox. Its only links
 * are the center's own (`statusUrl`).
 */
export function buildCaliforniaAcknowledgement(to: string, channel: AnswerChannel, request: RequestSummary, statusUrl: string): AcknowledgementEmail {
  const how = channel === "email" ? "by email, to this address" : "by postal mail, to the address you gave";
  const text = [
    "Hello,",
    "",
    `We received your "Your California Privacy Rights" request on ${formatDay(receivedDay(request.receivedAt, env.COMPANY_TIME_ZONE))}.`,
    `Your reference number is ${request.reference}. Please quote it whenever you write to us about this request.`,
    "",
    "What happens next:",
    "- Under California Civil Code section 1798.83, our answer tells you how to use your choices about sharing your personal information with other companies for their direct marketing.",
    `- We will send it ${how}, by ${formatDay(request.answerBy)}.`,
    linkLines("- Follow your request here (keep this link to yourself):", statusUrl, "  "),
    "",
    describeAdministratorContact(),
  ].join("\n");
  return { to, subject: `Your California Privacy Rights: request ${request.reference} received`, text };
}
