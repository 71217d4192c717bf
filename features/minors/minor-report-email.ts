import { formatDay } from "@/lib/dates";
import { linkLines } from "@/lib/email-text";
import { site } from "@/content/site";
import { describeAdministratorContact } from "@/lib/administrator-contact";
import type { RequestSummary } from "@/features/requests";
import type { AcknowledgementEmail } from "@/features/requests";
import { receivedDay } from "@/lib/requests/legal-deadlines";
import { env } from "@/server/env";

/**
 * The acknowledgement of a minor's report. It repeats nothing the sender
 * typed, not even their name: anyone can type any address into a public form,
 * so the email must tell a stranger nothing and be useless for sending them
 * someone else's text. Its only links are the center's own (`statusUrl`).
 */
export function buildMinorReportAcknowledgement(to: string, request: RequestSummary, statusUrl: string): AcknowledgementEmail {
  const text = [
    "Hello,",
    "",
    `Thank you for telling us. We received your report about a child's personal information on ${formatDay(receivedDay(request.receivedAt, env.COMPANY_TIME_ZONE))}.`,
    `Your reference number is ${request.reference}. Please quote it whenever you write to us about this report.`,
    "",
    "What happens next:",
    `- Our ${site.privacyAdministrator.title} treats every report about a child as urgent, and uses what you told us only to find and delete the child's information.`,
    "- From now until the child's information is deleted, we do not use any account the report points to for marketing, share it with advertisers or use it for advertising.",
    `- We will contact you by ${formatDay(request.answerBy)} to tell you what we found and what we did, and sooner if we need to ask you something.`,
    linkLines("- Follow your report here (keep this link to yourself):", statusUrl, "  "),
    "",
    `${site.companyName} does not knowingly collect personal information from anyone under 18.`,
    "",
    describeAdministratorContact(),
    "",
    `If you did not send this report, please tell us at ${site.privacyAdministrator.email}.`,
  ].join("\n");
  return { to, subject: `We received your report about a child's data (${request.reference})`, text };
}
