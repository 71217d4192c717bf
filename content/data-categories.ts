/**
 * The categories of information the company holds about a customer, as the
 * dashboard and the data download describe them. The privacy team edits this
 * file; every statement about sharing is drawn from the policy section that
 * `policyAnchor` names. A category whose anchor (or related anchor) is missing
 * from the policy in force stops the build (scripts/check-content.ts).
 *
 * Retention periods are the privacy team's to confirm; the ones that rest on
 * a rule say which.
 */

export type DataCategoryId = "personal-information" | "sensitive-personal-information" | "cpni" | "stored-communications" | "cookies-and-identifiers";

export interface PolicyReference {
  /** The section's stable anchor in the policy, without "#". */
  anchor: string;
  /** How the link reads: the section's title. */
  label: string;
}

export interface DataCategory {
  id: DataCategoryId;
  title: string;
  /** What the category is, in one or two sentences. */
  description: string;
  /** Why the company holds it. */
  purposes: readonly string[];
  /** Who it may be shared with, and on what terms. */
  sharedWith: readonly string[];
  /** How long it is kept. */
  retention: string;
  /** The section that governs the category. */
  policy: PolicyReference;
  /** Other sections a reader of this category should know. */
  relatedPolicy?: readonly PolicyReference[];
}

/** Where the policy says how to review, correct and delete information; the correction form cites it. */
export const correctionPolicy: PolicyReference = { anchor: "review-update-correct-delete", label: "Review, Update, Correct, or Delete Personal Information" };

const legalExceptions =
  "Anyone else only when necessary to comply with law or legal process, to protect the safety and security of our users, employees or property, to defend our rights, or to enforce our General Terms of Use.";

export const dataCategories: readonly DataCategory[] = [
  {
    id: "personal-information",
    title: "Personal Information",
    description: "Your name, postal address (including city and state), email address, telephone number and date of birth.",
    purposes: [
      "To provide the services and goods you request, and to answer billing and other questions about them.",
      "To tell you about updates and new features, and to improve our services.",
      "Your date of birth: to check that subscribers are at least 18.",
    ],
    sharedWith: [
      "Our subsidiaries, corporate parents and Affiliates, primarily for business, operational, promotional and marketing purposes.",
      "Our operational service providers, who support our operations and host, store and fulfil our services.",
      "Advertisers: not at present. Before we would, you get notice and the choice to opt out.",
      legalExceptions,
    ],
    retention: "As long as you have an account with us, then up to 3 years after it closes for billing, tax and legal claims. Your date of birth cannot be deleted while the account exists.",
    policy: { anchor: "general-privacy-guidelines", label: "General Privacy Guidelines" },
    relatedPolicy: [correctionPolicy],
  },
  {
    id: "sensitive-personal-information",
    title: "Sensitive Personal Information",
    description:
      "Identity and payment numbers such as your Social Security number, driver’s license or passport number, account number, card number, security codes, mother’s maiden name and electronic signature. We store them encrypted and never show them in full.",
    purposes: ["To verify your identity, to bill you and take payment, and to protect your account against fraud."],
    sharedWith: [
      "Our operational service providers, such as payment processors, only as needed to provide and bill for our services.",
      "Never sold, exchanged, rented or leased to third-party marketers, and never shared with Advertisers.",
      legalExceptions,
    ],
    retention: "Only while needed for the purpose it was given for: a card until you remove it or the account closes; identity numbers until 90 days after the account closes, unless the law requires longer.",
    policy: { anchor: "general-privacy-guidelines", label: "General Privacy Guidelines" },
    relatedPolicy: [{ anchor: "security-measures", label: "Security Measures" }],
  },
  {
    id: "cpni",
    title: "Customer Proprietary Network Information (CPNI)",
    description:
      "The services you buy from us, and the usage and billing information that goes with them, including your call records. Your telephone number, name and address are not CPNI.",
    purposes: [
      "To provide and bill for your services, and for collections.",
      "To offer you additional services, within the choices you have made about CPNI.",
      "To investigate fraud and prevent unlawful use of our network and services.",
    ],
    sharedWith: [
      "Phone.com’s family of companies, including our Affiliates.",
      "Those authorized to offer our products or services or to perform functions on our behalf, such as operational service providers.",
      "Anyone else only as you authorize, or as the law requires (for example in response to subpoenas and court orders). We never sell or trade your CPNI.",
    ],
    retention:
      "Call records and billing details: 18 months, the period the FCC requires for toll billing records (47 CFR 42.6), or longer when the law requires. Records of your CPNI choices: at least one year (47 CFR 64.2009).",
    policy: { anchor: "cpni", label: "CPNI" },
  },
  {
    id: "stored-communications",
    title: "Stored communications",
    description:
      "Voicemail, call recordings, text (SMS) and multimedia (MMS) messages, and faxes kept in your account. Their content may include health information (PHI) about you or your clients; we do not need or intend to look at it.",
    purposes: ["To store and deliver your messages, recordings and faxes as part of your services."],
    sharedWith: [
      "No one. Our operational service providers host and store it encrypted, with access and audit controls, as HIPAA and HITECH define.",
      "Anyone else only when the law requires.",
    ],
    retention: "Until you delete an item or your retention setting removes it (call recordings: 90 days), and at most 30 days after your account closes.",
    policy: { anchor: "hipaa", label: "HIPAA" },
    relatedPolicy: [{ anchor: "security-measures", label: "Security Measures" }],
  },
  {
    id: "cookies-and-identifiers",
    title: "Cookies and device identifiers",
    description:
      "Preference, advertising and security cookies and image tags (web beacons) on our websites, and the identifiers of the devices and apps you use with our services, such as a desk phone’s hardware (MAC) address or an app’s install ID.",
    purposes: [
      "Preference cookies remember your settings; security cookies authenticate you and prevent fraudulent use of your login.",
      "Advertising cookies make advertising relevant and measure marketing; you can turn them off.",
      "Device identifiers register your desk phones and apps with your account so calls reach them.",
    ],
    sharedWith: [
      "Third parties and our Advertisers only in aggregate form, which does not contain Personal Information about any one visitor.",
      "Device identifiers: our operational service providers that provision and support your devices.",
    ],
    retention: "Preference cookies: up to 1 year; advertising cookies: up to 13 months; security cookies: the length of your session. Device identifiers: while the device is registered, then 90 days.",
    policy: { anchor: "cookies-and-image-tags", label: "Cookies and Image Tags" },
    relatedPolicy: [{ anchor: "global-privacy-control", label: "Global Privacy Control" }],
  },
];
