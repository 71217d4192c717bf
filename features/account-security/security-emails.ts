import "server-only";
import { site } from "@/content/site";
import { formatMoment } from "@/lib/dates";
import { linkLines } from "@/lib/email-text";
import { env } from "@/server/env";
import type { EmailKind, OutgoingEmail } from "@/server/email/enqueue-email";

/**
 * The account-security emails. FCC 47 CFR 64.2010(f) requires telling the
 * customer at once when the password or address of record changes, at the
 * address of record, without revealing the changed information itself.
 */

const signature = `— ${site.companyName} ${site.centerName}`;
const help = (siteUrl: string) =>
  linkLines(
    `If you did not do this, write to our ${site.privacyAdministrator.title} at ${site.privacyAdministrator.email}, and reset your password straight away:`,
    `${siteUrl}/forgot-password`,
  );
const formatWhen = (when: Date) => formatMoment(when.toISOString(), env.COMPANY_TIME_ZONE);

/** An account email: its paragraphs (a paragraph may be several lines), a blank line between each, and the signature. */
function accountEmail(to: string, subject: string, paragraphs: string[], kind: EmailKind): OutgoingEmail {
  return { kind, to, subject, text: [...paragraphs, signature].join("\n\n") };
}

export function passwordResetEmail(to: string, resetUrl: string): OutgoingEmail {
  return accountEmail(to, `Reset your ${site.companyName} ${site.centerName} password`, [
    "Someone (we hope you) asked to reset the password of your account.",
    linkLines("To choose a new password, open this link:", resetUrl),
    "The link works once, for 30 minutes. If you did not ask for it, ignore this email: your password stays as it is.",
  ], "password-reset");
}

export function passwordChangedEmail(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return accountEmail(to, `Your ${site.companyName} ${site.centerName} password was changed`, [
    `The password of your account was changed on ${formatWhen(when)}. Every other session was signed out.`,
    help(siteUrl),
  ], "account-change-notice");
}

/** To the old address of record: says a change happened, not what the new address is. */
export function emailChangedNoticeToOldAddress(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return accountEmail(to, `The email address of your ${site.companyName} ${site.centerName} account was changed`, [
    `On ${formatWhen(when)} the email address of your account was changed. This address will no longer receive account emails.`,
    help(siteUrl),
  ], "account-change-notice");
}

export function emailChangedNoticeToNewAddress(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return accountEmail(to, `This is now the email address of your ${site.companyName} ${site.centerName} account`, [
    linkLines(`On ${formatWhen(when)} this address became the email address of your account. Sign in with it from now on:`, `${siteUrl}/sign-in`),
    help(siteUrl),
  ], "account-change-notice");
}

/**
 * To the address a customer asked to change to, when no other account uses
 * it: the link that proves they hold the address. Opening it changes nothing
 * by itself; the page asks, and only the account that asked may confirm.
 */
export function confirmNewEmailAddressEmail(to: string, confirmUrl: string): OutgoingEmail {
  return accountEmail(to, `Confirm the new email address of your ${site.companyName} ${site.centerName} account`, [
    "Someone (we hope you) asked to make this the email address of their account.",
    linkLines("To confirm, open this link while signed in to that account, and press the button on the page:", confirmUrl),
    "The link works once, for 24 hours. Until it is used, the account keeps its old address. If you did not ask for this, ignore this email: nothing changes.",
  ], "email-change-confirmation");
}

/**
 * To the address a customer asked to change to, when another account already
 * uses it. The page that asked says the same as for a free address (it must
 * not tell whoever is signed in which addresses have accounts); only the
 * holder of this address learns that nothing was changed.
 */
export function newEmailAddressInUseEmail(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return accountEmail(to, `Your email address was not added to another ${site.companyName} ${site.centerName} account`, [
    `On ${formatWhen(when)} someone signed in to a ${site.centerName} account asked to change its email address to this one. An account already uses this address, so nothing was changed.`,
    [linkLines("If this was you, sign in with this address instead:", `${siteUrl}/sign-in`), linkLines("Forgotten its password? Choose a new one:", `${siteUrl}/forgot-password`)].join("\n"),
    "If this wasn't you, ignore this email: the account that uses this address is not affected.",
  ], "account-change-notice");
}

/** To the address of record when a change is asked for: the same words whether or not the new address is free, and never the new address. */
export function emailChangeRequestedNotice(to: string, when: Date, siteUrl: string): OutgoingEmail {
  return accountEmail(to, `A change of the email address of your ${site.companyName} ${site.centerName} account was asked for`, [
    `On ${formatWhen(when)} someone signed in to your account asked to change its email address. Nothing changes unless the link we sent to the new address is opened within 24 hours by someone signed in to your account; we will tell you here if it is.`,
    help(siteUrl),
  ], "account-change-notice");
}
