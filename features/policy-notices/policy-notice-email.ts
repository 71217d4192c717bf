import { choicesHref } from "@/lib/account-links";
import { formatDay } from "@/lib/dates";
import { linkLines } from "@/lib/email-text";
import { site } from "@/content/site";
import { compareHref, versionHref } from "@/lib/policy-links";
import type { PolicyVersion } from "@/features/policy";
import { describeAdministratorContact } from "@/lib/administrator-contact";
import type { OutgoingEmail } from "@/server/email/enqueue-email";

export interface PolicyNotice {
  version: Pick<PolicyVersion, "id" | "effective" | "summary">;
  previous: Pick<PolicyVersion, "id" | "effective">;
  /** Whether the version is already in force, or published ahead of its effective date. */
  inForce: boolean;
}

/**
 * The email telling a customer that the policy changes (or changed). Plain
 * text: the summary is the privacy team's words, shown as written.
 */
export function policyNoticeEmail(to: { email: string; fullName: string }, notice: PolicyNotice, siteUrl: string): OutgoingEmail {
  const effective = formatDay(notice.version.effective);
  return {
    to: to.email,
    subject: notice.inForce ? `Our privacy policy changed on ${effective}` : `Our privacy policy changes on ${effective}`,
    kind: "policy-notice",
    text: [
      `Dear ${to.fullName},`,
      notice.inForce
        ? `We have changed our privacy policy. The new version took effect on ${effective}.`
        : `We have published a new version of our privacy policy. It takes effect on ${effective}; until then the current version applies.`,
      `What changed, in short:\n${notice.version.summary}`,
      linkLines("Read the new version:", `${siteUrl}${versionHref(notice.version.id)}`),
      linkLines(`See every change against the version in effect from ${formatDay(notice.previous.effective)}:`, `${siteUrl}${compareHref(notice.previous.id, notice.version.id)}`),
      linkLines(
        "We send this notice once for each material change, to every customer: it is a notice our policy promises, not marketing, so it cannot be turned off. Your choices about marketing are here:",
        `${siteUrl}${choicesHref}`,
      ),
      describeAdministratorContact(),
      `— ${site.companyName} ${site.centerName}`,
    ].join("\n\n"),
  };
}
