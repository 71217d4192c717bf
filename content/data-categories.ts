/**
 * The categories of information the company holds about a customer, as the
 * dashboard and the data download describe them. The privacy team edits this
 * file. Nothing here may promise more than the policy: each category, purpose
 * and sharing statement is drawn from the policy section that `policy` names
 * (or a related one), and a category whose anchor (or related anchor) is
 * missing from the policy in force or from an upcoming version stops the build
 * (scripts/check-content.ts).
 *
 * `retention` is quoted word for word from the "How long we keep it" passage of
 * the governing section of the newest published version (2027-01-15), which
 * states how long each category is kept, as Civil Code 1798.100(a)(3) asks
 * (a period, or the criteria that set it). content/data-categories.test.ts
 * checks the quote, so a period cannot appear here that the policy does not
 * state. See docs/decisions/0016-policy-says-what-the-center-does.md.
 */

/**
 * The policy version the `retention` passages, and the statements marked with
 * `newIn`, are quoted from; until it takes effect, the dashboard says so
 * beside each of them.
 */
export const newestPolicyVersion = "2027-01-15";

/** A statement that only the newest version makes (the versions in force before it do not). */
export interface NewStatement {
  text: string;
  newIn: typeof newestPolicyVersion;
}

/** What the category pages state: a sentence every published version supports, or one new in the newest. */
export type Statement = string | NewStatement;

/** The words of a statement, whichever kind it is. */
export const statementText = (statement: Statement) => (typeof statement === "string" ? statement : statement.text);

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
  /** Why the company holds it: statements like `sharedWith`'s, each quoted from the policy in content/data-categories-sources.ts. */
  purposes: readonly Statement[];
  /** Who it may be shared with, and on what terms. */
  sharedWith: readonly Statement[];
  /** How long it is kept: the end of a "How long we keep it" passage of the governing policy section, word for word. */
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
      "To tell you, in our own newsletters, email or post, about our Advertisers' events, products or services (Advertiser Promotions), unless you opt out.",
      "Your date of birth: to check that subscribers are at least 18.",
    ],
    sharedWith: [
      "Our subsidiaries, corporate parents and Affiliates, primarily for business, operational, promotional and marketing purposes.",
      "Our operational service providers, who support our operations and host, store and fulfil our services.",
      "Advertisers: not at present. Before we would, you get notice and the choice to opt out.",
      legalExceptions,
    ],
    retention:
      "While your account is open, and after it closes only as long as we need it to bill and collect what is owed, to meet our tax, accounting and legal obligations, and to resolve disputes. Your date of birth cannot be deleted while your account is open, but you may correct it.",
    policy: { anchor: "general-privacy-guidelines", label: "General Privacy Guidelines" },
    relatedPolicy: [correctionPolicy],
  },
  {
    id: "sensitive-personal-information",
    title: "Sensitive Personal Information",
    description:
      "Identity and payment numbers such as your Social Security number, driver’s license or passport number, account number, card number, security codes, mother’s maiden name and electronic signature. We store them encrypted and never show them in full.",
    // Only the 2027 version says what Sensitive Personal Information is used for.
    purposes: [{ text: "To verify your identity, to bill you and take payment, to protect your account and our services against fraud, and to meet our legal obligations.", newIn: newestPolicyVersion }],
    sharedWith: [
      "Our operational service providers, who support our operations and host, store and fulfil our services.",
      "Never sold, exchanged, rented or leased to third-party marketers.",
      { text: "Not shared with Advertisers.", newIn: newestPolicyVersion },
      legalExceptions,
    ],
    retention:
      "Only while we need it for the purpose for which you gave it to us: a card until you remove it or your account closes, and identity numbers until your account closes, unless the law requires us to keep them longer.",
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
      "Call records and other billing records: at least 18 months, as federal law requires for toll billing records (47 C.F.R. § 42.6), and longer while we need them to bill and collect, to resolve disputes, or to meet other legal obligations. Records of your CPNI approvals and of the CPNI notices we send you: at least one year.",
    policy: { anchor: "cpni", label: "CPNI" },
  },
  {
    id: "stored-communications",
    title: "Stored communications",
    description:
      "Voicemail, call recordings, text (SMS) and multimedia (MMS) messages, and faxes kept in your account. Their content may include health information (PHI) about you or your clients; we do not need or intend to look at it.",
    // The 2027 version is the first to say why stored communications are kept and with whom they are shared.
    purposes: [{ text: "To store and deliver your messages, recordings and faxes as part of your services. We do not use them for marketing.", newIn: newestPolicyVersion }],
    sharedWith: [
      { text: "Only the operational service providers that host and store it for us, encrypted and under the same access and audit controls.", newIn: newestPolicyVersion },
      { text: "Anyone else only when the law requires.", newIn: newestPolicyVersion },
    ],
    retention:
      "Until you delete an item or your service’s settings delete it, and after your account closes only as long as we need to close the account, unless the law requires us to keep it longer.",
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
      // The 2027 version is the first to speak of device identifiers.
      { text: "Device identifiers register your desk phones and apps with your account so calls reach them.", newIn: newestPolicyVersion },
    ],
    sharedWith: [
      "Third parties and our Advertisers in aggregate form, which generally does not contain Personal Information about any one visitor.",
      {
        // The 2027 version is the first to call this sharing ("We do not sell your Personal Information", #ccpa-rights).
        text: "Advertising cookies, including third-party cookies we may use to measure our advertising, may make a cookie identifier and your activity on our Site available to the advertising and analytics companies that set or read them. We treat this as sharing: turn off advertising cookies, or send the Global Privacy Control signal, to opt out.",
        newIn: newestPolicyVersion,
      },
      { text: "Device identifiers: only the operational service providers that provision and support your devices.", newIn: newestPolicyVersion },
    ],
    retention:
      "Cookies stay in your browser until they expire or you delete them, and we keep our record of the cookie identifiers linked to your account while your account is open. We keep device identifiers while the device or app is registered with your account.",
    policy: { anchor: "cookies-and-image-tags", label: "Cookies and Image Tags" },
    relatedPolicy: [{ anchor: "global-privacy-control", label: "Global Privacy Control" }],
  },
];
