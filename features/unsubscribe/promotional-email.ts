import { choicesHref } from "@/lib/account-links";
import { site } from "@/content/site";
import { linkLines } from "@/lib/email-text";
import { mailingListChoice, type MailingList } from "./mailing-lists";

/**
 * What every promotional email carries besides its message (CAN-SPAM,
 * RFC 8058, RFC 2369): the List-Unsubscribe headers, and a footer saying it is
 * an advertisement, with a visible unsubscribe link and the company's postal
 * address. Pure: the token and the site's address are given.
 */

export interface UnsubscribeLinkSettings {
  /** The public origin, without a trailing slash (https in production). */
  siteUrl: string;
  /** An inbox offered as a mailto: in List-Unsubscribe, when configured. */
  mailto?: string;
}

/** The one-click address mail programs POST to (and a person's GET is redirected from). */
export const oneClickPath = (token: string) => `/api/unsubscribe/${token}`;
/** The page a person reads before pressing the button. */
export const confirmationPath = (token: string) => `/unsubscribe/${token}`;

/** Exactly what RFC 8058 section 3.1 asks for: one HTTPS URI (plus an optional mailto:), and the one-click marker. */
export function buildUnsubscribeHeaders(token: string, settings: UnsubscribeLinkSettings): Record<string, string> {
  const targets = [`<${settings.siteUrl}${oneClickPath(token)}>`];
  // The token is base64url, dots and hyphens: nothing to escape in a mailto: subject.
  if (settings.mailto) targets.push(`<mailto:${settings.mailto}?subject=unsubscribe%20${token}>`);
  return {
    "List-Unsubscribe": targets.join(", "),
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

export const companyPostalAddress = () => site.privacyAdministrator.postalAddress.join(", ");

/** The message, then the footer every promotional email ends with. */
export function withPromotionalFooter(text: string, list: MailingList, token: string, settings: UnsubscribeLinkSettings): string {
  const choice = mailingListChoice(list);
  return [
    text.trimEnd(),
    "",
    "—",
    `This is an advertisement from ${site.companyName}. You get it because “${choice.title}” is on in your privacy choices.`,
    linkLines("Unsubscribe (one click, no sign-in):", `${settings.siteUrl}${confirmationPath(token)}`),
    linkLines("All your choices:", `${settings.siteUrl}${choicesHref}`),
    "",
    companyPostalAddress(),
  ].join("\n");
}
