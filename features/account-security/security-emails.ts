import "server-only";
import { site } from "@/content/site";
import type { OutgoingEmail } from "@/server/email/enqueue-email";

/**
 * The account-security emails. FCC 47 CFR 64.2010(f) requires telling the
 * customer at once when the password or address of record changes, at the
 * address of record, without revealing the changed information itself.
 */

const signature = `— ${site.companyName} ${site.centerName}`;
const help = (siteUrl: string) =>
  `If you did not do this, reset your password at ${siteUrl}/forgot-password straight away and write to our ${site.privacyAdministrator.title} at ${site.privacyAdministrator.email}.`;
const formatWhen = (when: Date) => `${when.toISOString().slice(0, 16).replace("T", " at ")} UTC`;

export function passwordResetEmail(to: string, resetUrl: string): OutgoingEmail {
  return {
    to,
    subject: `Reset your ${site.companyName} ${site.centerName} password`,
    text: [
      "Someone (we hope you) asked to reset the password of your account.",
      "",
      "To choose a new password, open this link:",
      resetUrl,
      "",
      "The link works once, for 30 minutes. If you did not ask for it, ignore this email: your password stays as it is.",
      "",
      signature,
    ].join("\n"),
  };
}

export function passwordChangedEmail(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return {
    to,
    subject: `Your ${site.companyName} ${site.centerName} password was changed`,
    text: [
      `The password of your account was changed on ${formatWhen(when)}. Every other session was signed out.`,
      "",
      help(siteUrl),
      "",
      signature,
    ].join("\n"),
  };
}

/** To the old address of record: says a change happened, not what the new address is. */
export function emailChangedNoticeToOldAddress(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return {
    to,
    subject: `The email address of your ${site.companyName} ${site.centerName} account was changed`,
    text: [
      `On ${formatWhen(when)} the email address of your account was changed. This address will no longer receive account emails.`,
      "",
      help(siteUrl),
      "",
      signature,
    ].join("\n"),
  };
}

export function emailChangedNoticeToNewAddress(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return {
    to,
    subject: `This is now the email address of your ${site.companyName} ${site.centerName} account`,
    text: [
      `On ${formatWhen(when)} this address became the email address of your account. Sign in with it from now on: ${siteUrl}/sign-in`,
      "",
      help(siteUrl),
      "",
      signature,
    ].join("\n"),
  };
}
