/**
 * The choices the policy promises a customer, as the "Your choices" page shows
 * them. The privacy team edits this file. Every choice links to the policy
 * section that grants it; a link to an anchor missing from the policy in force
 * (or an upcoming version) stops the build (scripts/check-content.ts), and so
 * does an opt-in choice that defaults to on.
 *
 * A choice's value is whether the company may do what it describes: `true`
 * means allowed ("On"). Keys are stored in consent records: never rename one,
 * add a new key instead, or the customer's history loses its meaning.
 */

import { site } from "./site";

export interface PolicyReference {
  /** The section's stable anchor in the policy, without "#". */
  anchor: string;
  /** How the link reads: the section's title. */
  label: string;
}

/**
 * "opt-out": allowed until the customer says no, so it defaults to on.
 * "opt-in": never allowed until the customer says yes, so it defaults to off
 * (47 CFR 64.2007(b): CPNI beyond communications-related marketing needs opt-in approval).
 *
 * For CPNI, an "opt-out" choice that still has its default is not approval by
 * itself: the company may assume it only once the customer has had the notice
 * of 47 CFR 64.2008(c) and 30 days have passed, renewed every two years
 * (64.2008(d)). features/preferences/cpni-approval.ts decides.
 */
export type Approval = "opt-out" | "opt-in";

export interface Choice {
  key: string;
  title: string;
  /** What the choice means, in one sentence. */
  description: string;
  approval: Approval;
  defaultValue: boolean;
  /** Whether a Global Privacy Control signal turns it off (CCPA regs §7025: sale and sharing). */
  turnedOffByGpc: boolean;
  policy: PolicyReference;
}

const advertiserDisclosure: PolicyReference = { anchor: "disclosure-to-advertisers", label: "Disclosure to Advertisers" };

export const choices = [
  {
    key: "promotional-email",
    title: "Promotional email from Phone.com",
    description: "We may email you about our own products, services and offers; turn this off and we stop at once.",
    approval: "opt-out",
    defaultValue: true,
    turnedOffByGpc: false,
    policy: advertiserDisclosure,
  },
  {
    key: "advertiser-promotions",
    title: "Advertiser Promotions sent by Phone.com",
    description: "We may send you, in our own newsletters, email or post, offers for our Advertisers' events, products or services, without giving them your information.",
    approval: "opt-out",
    defaultValue: true,
    turnedOffByGpc: false,
    policy: advertiserDisclosure,
  },
  {
    key: "share-with-advertisers",
    title: "Sharing with Advertisers for their direct marketing",
    description: "We may share your Personal Information with Advertisers so that they can send you their own marketing directly; this is your California disclosure choice, and we do not share today.",
    approval: "opt-out",
    defaultValue: true,
    turnedOffByGpc: true,
    policy: { anchor: "california-privacy-rights", label: "Your California Privacy Rights" },
  },
  {
    key: "cpni-communications-offers",
    title: "CPNI for our communications-related offers",
    description:
      "We and our Affiliates may use your CPNI (the services you buy, and their usage and billing) to offer you other communications services, unless you say no: from 30 days after you have had the CPNI notice on this page (by email, if you allow notices by email, or by post), never before.",
    approval: "opt-out",
    defaultValue: true,
    turnedOffByGpc: false,
    policy: { anchor: "cpni", label: "CPNI" },
  },
  {
    key: "cpni-other-uses",
    title: "CPNI for anything beyond that",
    description: "Only if you say yes may we use or share your CPNI for other purposes, such as offers that are not about communications services.",
    approval: "opt-in",
    defaultValue: false,
    turnedOffByGpc: false,
    policy: { anchor: "cpni", label: "CPNI" },
  },
  {
    // 47 CFR 64.2008(d)(3)(i): notices go by email only with the customer's "express, verifiable, prior approval"; it is an opt-in, off until they say yes.
    key: "service-notices-by-email",
    title: "Notices about your service by email",
    description:
      "Only if you say yes do we send you notices about your service by email, the CPNI notice on this page included. Without it, we send the CPNI notice by post to your address of record.",
    approval: "opt-in",
    defaultValue: false,
    turnedOffByGpc: false,
    policy: { anchor: "cpni", label: "CPNI" },
  },
  {
    key: "advertising-cookies",
    title: "Advertising cookies",
    description:
      "We may use advertising cookies and image tags, including third-party cookies that measure our advertisements, to show you advertisements suited to your interests (targeted advertising, also with third parties) and to measure our marketing.",
    approval: "opt-out",
    defaultValue: true,
    turnedOffByGpc: true,
    policy: { anchor: "cookies-and-image-tags", label: "Cookies and Image Tags" },
  },
] as const satisfies readonly Choice[];

export type PublishedChoice = (typeof choices)[number];

export type ChoiceKey = PublishedChoice["key"];

export const choiceKeys = choices.map((choice) => choice.key) as [ChoiceKey, ...ChoiceKey[]];

/** The section explaining how the center treats the Global Privacy Control signal. */
export const globalPrivacyControlPolicy: PolicyReference = { anchor: "global-privacy-control", label: "Global Privacy Control" };

/**
 * What a Global Privacy Control signal opts out of: everything that is
 * "sharing" in the CPRA's sense (Civil Code 1798.140(ah): cross-context
 * behavioral advertising) or a disclosure to Advertisers for their own
 * marketing, as the policy describes them. Each is carried out by the choice
 * named, which the signal turns off (`turnedOffByGpc` above).
 */
export const globalPrivacyControlScope: readonly { title: string; description: string; choiceKey: ChoiceKey }[] = [
  {
    title: "Sharing with Advertisers for their direct marketing",
    description: "We do not give your Personal Information to Advertisers so that they can market to you themselves.",
    choiceKey: "share-with-advertisers",
  },
  {
    title: "Advertising cookies",
    description: "We set no advertising cookie for this browser, remove one it has, and tell Phone.com's other sites that advertising cookies and image tags may not be used for you.",
    choiceKey: "advertising-cookies",
  },
  {
    title: "Targeted advertising with third parties",
    description: "We do not use third-party cookies or tags to show or measure advertisements suited to you, alone or with third parties.",
    choiceKey: "advertising-cookies",
  },
];

/**
 * Notices the law, or the policy's own promise, requires: they are sent to
 * every customer and cannot be turned off, unlike promotional email.
 */
export const requiredNotices: readonly { key: string; title: string; description: string; policy: PolicyReference }[] = [
  {
    key: "advertiser-sharing-notice",
    title: "Before we share information we already hold with Advertisers",
    description:
      "If we ever choose to share Personal Information we collected earlier with Advertisers, we first email you of our intention, so that you can say no. We do not share today.",
    policy: advertiserDisclosure,
  },
  {
    key: "policy-change-notice",
    title: "A material change to our privacy policy",
    description: "When we publish a material change to our privacy policy, we email you once with a summary and links to the new version and to every change.",
    policy: { anchor: "general-privacy-guidelines", label: "General Privacy Guidelines" },
  },
  {
    key: "cpni-notice",
    title: "Your rights over your CPNI",
    description:
      "Before we rely on your CPNI choice, and again every two years, we send you the notice federal rules require (47 CFR 64.2008): by email if you allow notices about your service by email above, otherwise by post. We also show it on this page.",
    policy: { anchor: "cpni", label: "CPNI" },
  },
];

/** A choice that is no longer offered, by its key, so that the history of old records still reads. */
export const retiredChoiceTitles: Readonly<Record<string, string>> = {
  // Made a required notice (policy changes cannot be opted out of): see requiredNotices.
  "policy-change-email": "Email when our privacy policy changes",
};

/**
 * Email the customer cannot opt out of. `reason` quotes the policy word for
 * word (the build checks that the section still says it).
 */
export const requiredEmail = {
  title: "Administrative and transactional email",
  description: "Messages about your account, your services and transactions you have undertaken, such as bills, security notices and answers to your requests.",
  reason: "By law, such messages are not considered to be commercial email.",
  policy: advertiserDisclosure,
} as const;

/**
 * The CPNI notice of 47 CFR 64.2008(c): the one source of its words, shown on
 * "Your choices" (features/preferences/components/cpni-notice-section.tsx) and
 * emailed (features/preferences/cpni-notice-email.ts) to every customer before
 * opt-out approval is assumed, and again every two years (64.2008(d)(2)). It
 * says what the policy's "Notice of your CPNI rights" (content/policy,
 * section #cpni) says; cpni-notice-content.test.ts checks that both carry
 * every element below. Change `version` whenever the words change: each
 * notice record names the version it carried.
 *
 * 64.2008(c), element by element:
 * (1) the right and the duty: paragraph 1;
 * (2) the types of information that are CPNI: paragraph 2; the entities that
 *     receive it (Phone.com, its Affiliates that provide communications-
 *     related services, the agents that market our services: 64.2007(b)), and
 *     the purposes: paragraph 3; the right to disapprove, deny or withdraw at
 *     any time: paragraph 4. The Affiliates are not named: the policy does not
 *     name them, and their names are the privacy team's to give (decision 0016);
 * (3) the precise steps to grant or deny (the choices page, a reply, email,
 *     post to the policy's address): paragraph 4; that denial will not affect
 *     any service, with the brief neutral consequence (3) allows: paragraph 5;
 * (4) comprehensible, not misleading: when approval is assumed says what
 *     features/preferences/cpni-approval.ts does (an email's 30 days from the
 *     day it is sent, a posted notice's from the third day after mailing,
 *     64.2008(d)(1)(i)-(ii)): paragraph 6;
 * (5) legible: the page's body type; the email is plain text;
 * (6) translation: the notice is in English only, wholly;
 * (7) optional statements: the consequence sentence of paragraph 5 only;
 * (8) nothing encourages a freeze of third-party access;
 * (9) approval or denial stays until the customer changes it: paragraph 7;
 * (10) the solicitation is proximate: on the page the notice sits under the
 *     CPNI choices; the email links to them just after the notice.
 */
const privacyAdministrator = site.privacyAdministrator;
const postalAddress = [site.companyName, privacyAdministrator.attention, ...privacyAdministrator.postalAddress.slice(1)].join(", ");

export const cpniNotice = {
  version: "2026-11-30.2",
  title: "Your rights over your Customer Proprietary Network Information (CPNI)",
  paragraphs: [
    "You have a right, and Phone.com has a duty, under federal law, to protect the confidentiality of your Customer Proprietary Network Information (CPNI).",
    "CPNI is information about the quantity, technical configuration, type, destination, location and amount of your use of the communications services you buy from us, and the information about those services in your bills: for example, which services, plans and features you have, the numbers you call and that call you, and when and for how long. Your name, address and telephone number are not CPNI.",
    "With your approval, Phone.com, its Affiliates that provide communications-related services, and the agents that market our services on our behalf may use your CPNI to offer you communications-related services that you do not already buy from us, such as another line, a plan that fits your use, or call recording. We will not use your CPNI, or let anyone else use it, for any other marketing unless you first say yes.",
    `You may disapprove of these uses, and deny or withdraw your approval, at any time, at no cost. To say no: turn off “CPNI for our communications-related offers” on the “Your choices” page of our Privacy Center, open at any hour; or reply to this notice if it reached you by email; or email our ${privacyAdministrator.title} at ${privacyAdministrator.email}; or write to ${postalAddress}. To allow other uses of your CPNI, turn on “CPNI for anything beyond that” on the same page, or tell us so by email or post.`,
    "Denying or withdrawing approval will not affect the provision of any services to which you subscribe; we may simply be less able to tell you about services that suit your needs.",
    "Unless you tell us no, we will take it that you approve of the use of your CPNI to offer you communications-related services 30 days after you have had this notice: counted from the day we email it to you, or from the third day after we post it to you. We send this notice again at least every two years.",
    "Your approval, or your denial of approval, stays in effect until you change it.",
  ],
  policy: { anchor: "cpni", label: "CPNI" },
} as const;
