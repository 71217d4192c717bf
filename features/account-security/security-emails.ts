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

/**
 * To the address a customer asked to change to, when no other account uses
 * it: the link that proves they hold the address. Opening it changes nothing
 * by itself; the page asks, and only the account that asked may confirm.
 */
export function confirmNewEmailAddressEmail(to: string, confirmUrl: string): OutgoingEmail {
  return {
    to,
    subject: `Confirm the new email address of your ${site.companyName} ${site.centerName} account`,
    text: [
      "Someone (we hope you) asked to make this the email address of their account.",
      "",
      "To confirm, open this link while signed in to that account, and press the button on the page:",
      confirmUrl,
      "",
      "The link works once, for 24 hours. Until it is used, the account keeps its old address. If you did not ask for this, ignore this email: nothing changes.",
      "",
      signature,
    ].join("\n"),
  };
}

/**
 * To the address a customer asked to change to, when another account already
 * uses it. The page that asked says the same as for a free address (it must
 * not tell whoever is signed in which addresses have accounts); only the
 * holder of this address learns that nothing was changed.
 */
export function newEmailAddressInUseEmail(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return {
    to,
    subject: `Your email address was not added to another ${site.companyName} ${site.centerName} account`,
    text: [
      `On ${formatWhen(when)} someone signed in to a ${site.centerName} account asked to change its email address to this one. An account already uses this address, so nothing was changed.`,
      "",
      `If this was you, sign in with this address instead: ${siteUrl}/sign-in (forgotten its password? ${siteUrl}/forgot-password).`,
      "",
      "If this wasn't you, ignore this email: the account that uses this address is not affected.",
      "",
      signature,
    ].join("\n"),
  };
}

/** To the address of record when a change is asked for: the same words whether or not the new address is free, and never the new address. */
export function emailChangeRequestedNotice(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return {
    to,
    subject: `A change of the email address of your ${site.companyName} ${site.centerName} account was asked for`,
    text: [
      `On ${formatWhen(when)} someone signed in to your account asked to change its email address. Nothing changes unless the link we sent to the new address is opened within 24 hours by someone signed in to your account; we will tell you here if it is.`,
      "",
      help(siteUrl),
      "",
      signature,
    ].join("\n"),
  };
}
