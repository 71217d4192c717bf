import { choicesHref } from "@/lib/account-links";
import { cpniNotice } from "@/content/choices";
import { linkLines } from "@/lib/email-text";
import { site } from "@/content/site";
import { env } from "@/server/env";
import { cpniDay, emailedNoticeApprovalFrom } from "./cpni-standing";
import type { OutgoingEmail } from "@/server/email/enqueue-email";

/**
 * The CPNI notice as an email (47 CFR 64.2008(c), (d)). Its subject says
 * what it is about (64.2008(d)(3)(iv)); a reply reaches the Privacy
 * Administrator, so replying is a way to opt out (64.2008(d)(3)(ii)); the
 * choices page is an opt-out open at any hour at no cost (64.2008(d)(3)(v)).
 * Transactional: a notice the law requires, on no mailing list. Its words are
 * the page's (content/choices.ts, `cpniNotice`); the link to the choices
 * follows them (64.2008(c)(10)). Its days are days in the company's time zone
 * (decision 0015): a notice sent at 9 pm Eastern was sent that day.
 */
export function cpniNoticeEmail(
  to: { email: string; fullName: string },
  sentAt: Date,
  kind: "first" | "renewal",
  siteUrl: string,
  zone: string = env.COMPANY_TIME_ZONE,
): OutgoingEmail {
  const approvalFrom = emailedNoticeApprovalFrom(sentAt);
  return {
    to: to.email,
    subject: `Notice of your rights over your CPNI (Customer Proprietary Network Information)`,
    kind: "cpni-notice",
    headers: { "Reply-To": site.privacyAdministrator.email },
    text: [
      `Dear ${to.fullName},`,
      kind === "renewal"
        ? "Every two years we send you this notice again, as federal rules require. Nothing has changed unless you changed it."
        : "Federal rules require us to send you this notice before we rely on your approval to use your CPNI.",
      cpniNotice.title,
      ...cpniNotice.paragraphs,
      // 64.2008(d)(1)(i): an emailed notice's 30 days run from the day it was sent; the rule counts from when the mail server took it, so "not before".
      `This notice was sent on ${cpniDay(zone, sentAt)}. Unless you say no, we may use your CPNI for communications-related offers, but not before ${cpniDay(zone, approvalFrom)}.`,
      linkLines("Your choices, at any hour:", `${siteUrl}${choicesHref}`),
      `— ${site.companyName} ${site.centerName}`,
    ].join("\n\n"),
  };
}
