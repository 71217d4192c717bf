import { choicesHref } from "@/lib/account-links";
import { cpniNotice } from "@/content/choices";
import { linkLines } from "@/lib/email-text";
import { site } from "@/content/site";
import { formatDay } from "@/lib/dates";
import type { OutgoingEmail } from "@/server/email/enqueue-email";

/**
 * The CPNI notice as an email (47 CFR 64.2008(c), (d)). Its subject says
 * what it is about (64.2008(d)(3)(iv)); a reply reaches the Privacy
 * Administrator, so replying is a way to opt out (64.2008(d)(3)(ii)); the
 * choices page is an opt-out open at any hour at no cost (64.2008(d)(3)(v)).
 * Transactional: a notice the law requires, on no mailing list.
 */
export function cpniNoticeEmail(to: { email: string; fullName: string }, sentAt: Date, kind: "first" | "renewal", siteUrl: string): OutgoingEmail {
  const approvalFrom = new Date(sentAt.getTime() + 30 * 24 * 60 * 60 * 1000);
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
      `This notice was sent on ${formatDay(sentAt.toISOString().slice(0, 10))}. Unless you say no, we may use your CPNI for communications-related offers from ${formatDay(approvalFrom.toISOString().slice(0, 10))}.`,
      linkLines("Your choices, at any hour:", `${siteUrl}${choicesHref}`),
      `To say no by email, reply to this message. Or write to our ${site.privacyAdministrator.title} at ${site.privacyAdministrator.email}, or ${site.privacyAdministrator.postalAddress.join(", ")}.`,
      `— ${site.companyName} ${site.centerName}`,
    ].join("\n\n"),
  };
}
