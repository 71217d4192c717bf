import { type DataCategoryId, dataCategories, statementText } from "./data-categories";

/**
 * The policy's own words behind each purpose and sharing statement of
 * content/data-categories.ts, section by section. The privacy team edits this
 * file with the statements. content/data-categories.test.ts checks each quote
 * word for word against the version the statement relies on: a plain
 * statement against every version in force or upcoming (it speaks for all of
 * them, and the dashboard shows it without a label), one marked `newIn`
 * against that version. A statement with no quote here, or a quote the
 * version does not hold, fails the test.
 */
export interface SourceQuote {
  /** The section's anchor. */
  section: string;
  /** Words of the section, as written (links read as their text). */
  words: string;
}

const general = (words: string): SourceQuote => ({ section: "general-privacy-guidelines", words });
const advertisers = (words: string): SourceQuote => ({ section: "disclosure-to-advertisers", words });
const cpni = (words: string): SourceQuote => ({ section: "cpni", words });
const hipaa = (words: string): SourceQuote => ({ section: "hipaa", words });
const cookies = (words: string): SourceQuote => ({ section: "cookies-and-image-tags", words });
const ccpa = (words: string): SourceQuote => ({ section: "ccpa-rights", words });

const legalExceptions = [
  general("unless it is necessary to: 1) conform to regulatory and legal requirements or to comply with legal process; 2) to protect the safety and security of our users, employees, or property; 3) to defend the rights of the Site or Phone.com; or 4) to enforce the General Terms of Use Agreement"),
];
const serviceProviders = [general("It is also necessary that we share your Personal Information and Sensitive Personal Information with our operational service providers, the specialists that provide us with internal support for our operations and activities and/or for Site design, development, hosting and operations including maintenance, management, storage and/or fulfillment of our services and other activities.")];

/** By category, each statement's words (purposes and sharing alike) and the policy words it rests on. */
export const statementSources: Record<DataCategoryId, Readonly<Record<string, readonly SourceQuote[]>>> = {
  "personal-information": {
    "To provide the services and goods you request, and to answer billing and other questions about them.": [
      general("We use your Personal Information to provide you with the features, services, or goods you request, to respond to billing and/or other such questions related to Phone.com’s services"),
    ],
    "To tell you about updates and new features, and to improve our services.": [
      general("to notify you about updates and new features that may be of interest to you"),
      general("to find out how we can improve our services"),
    ],
    "To tell you, in our own newsletters, email or post, about our Advertisers' events, products or services (Advertiser Promotions), unless you opt out.": [
      advertisers("We may also use your Personal Information for the marketing of events, products or services of our Advertisers (“Advertiser Promotions”)."),
      advertisers("indirectly via newsletters, email or direct mail from Phone.com"),
      advertisers("You will also need to tell us if you do not wish to receive marketing or promotional materials from the Site in the same manner."),
    ],
    "Your date of birth: to check that subscribers are at least 18.": [general("all subscribers to our Services and users of the Site must be at least 18 years of age")],
    "Our subsidiaries, corporate parents and Affiliates, primarily for business, operational, promotional and marketing purposes.": [
      general("we may share your Personal Information with our subsidiaries, corporate parents, and Affiliates primarily for business, operational, promotional and marketing purposes."),
    ],
    "Our operational service providers, who support our operations and host, store and fulfil our services.": serviceProviders,
    "Anyone else only when necessary to comply with law or legal process, to protect the safety and security of our users, employees or property, to defend our rights, or to enforce our General Terms of Use.": legalExceptions,
    "Advertisers: not at present. Before we would, you get notice and the choice to opt out.": [
      advertisers("As we do not currently share Personal Information with our Advertisers"),
      advertisers("With respect to previously collected Personal Information we choose to share with Advertisers, you will receive an email notice of our intention to do so."),
      advertisers("you will need to tell us if you do not want to receive marketing information directly from our Advertisers."),
    ],
  },
  "sensitive-personal-information": {
    "To verify your identity, to bill you and take payment, to protect your account and our services against fraud, and to meet our legal obligations.": [
      general("We use Sensitive Personal Information only to verify your identity, to bill you and take payment, to protect your account and our services against fraud, and to meet our legal obligations."),
    ],
    "Our operational service providers, who support our operations and host, store and fulfil our services.": serviceProviders,
    "Never sold, exchanged, rented or leased to third-party marketers.": [
      general("We will not sell, exchange, rent, lease or otherwise disclose your Personal Information or Sensitive Personal Information to third-party marketers"),
    ],
    "Not shared with Advertisers.": [advertisers("We do not share Sensitive Personal Information with Advertisers.")],
    "Anyone else only when necessary to comply with law or legal process, to protect the safety and security of our users, employees or property, to defend our rights, or to enforce our General Terms of Use.": legalExceptions,
  },
  cpni: {
    "To provide and bill for your services, and for collections.": [cpni("Generally, we can use your CPNI to offer additional services to you, and for billing and collections purposes.")],
    "To offer you additional services, within the choices you have made about CPNI.": [
      cpni("Generally, we can use your CPNI to offer additional services to you"),
      cpni("except as authorized by you or required by law"),
    ],
    "To investigate fraud and prevent unlawful use of our network and services.": [
      cpni("We can also use CPNI to investigate fraud and to prevent violation of our policies and agreements with you and unlawful use of our network, services and other customers."),
    ],
    "Phone.com’s family of companies, including our Affiliates.": [cpni("outside of Phone.com’s family of companies, including our Affiliates")],
    "Those authorized to offer our products or services or to perform functions on our behalf, such as operational service providers.": [
      cpni("or with anyone not authorized to offer our products or services, or to perform functions on our behalf (e.g. operational service providers)"),
    ],
    "Anyone else only as you authorize, or as the law requires (for example in response to subpoenas and court orders). We never sell or trade your CPNI.": [
      cpni("we do not sell, trade or share your CPNI"),
      cpni("except as authorized by you or required by law"),
      cpni("including in response to subpoenas, court orders and the like"),
    ],
  },
  "stored-communications": {
    "To store and deliver your messages, recordings and faxes as part of your services. We do not use them for marketing.": [
      hipaa("to store and deliver them to you as part of your services. We do not use them for marketing."),
    ],
    "Only the operational service providers that host and store it for us, encrypted and under the same access and audit controls.": [
      hipaa("We share them only with the operational service providers that host and store them for us, encrypted and under the same access and audit controls"),
    ],
    "Anyone else only when the law requires.": [hipaa("and with others only when the law requires.")],
  },
  "cookies-and-identifiers": {
    "Preference cookies remember your settings; security cookies authenticate you and prevent fraudulent use of your login.": [
      cookies("Phone.com uses these cookies to remember your preferences."),
      cookies("We use security cookies to authenticate users, prevent fraudulent use of login credentials"),
    ],
    "Advertising cookies make advertising relevant and measure marketing; you can turn them off.": [
      cookies("These cookies are used to serve you with advertisements that may be relevant to you and your interests."),
      cookies("to assist in reporting on marketing program performance and analytics"),
      cookies("You may turn off advertising cookies on the “Your choices” page of the Privacy Center"),
    ],
    "Device identifiers register your desk phones and apps with your account so calls reach them.": [
      cookies("When you register a desk phone or install one of our apps, we also keep the identifiers of that device or app with your account"),
      cookies("so that your calls reach it."),
    ],
    "Third parties and our Advertisers in aggregate form, which generally does not contain Personal Information about any one visitor.": [
      cookies("We may share the information we receive from cookies and image tags with third parties and our Advertisers in aggregate form, which means that such information generally does not contain specific Personal Information"),
    ],
    "Advertising cookies, including third-party cookies we may use to measure our advertising, may make a cookie identifier and your activity on our Site available to the advertising and analytics companies that set or read them. We treat this as sharing: turn off advertising cookies, or send the Global Privacy Control signal, to opt out.":
      [
        ccpa("through the advertising cookies and image tags on our Site, including third-party cookies we may use to measure our advertising, which may make a cookie identifier and your activity on our Site"),
        ccpa("available to the advertising and analytics companies that set or read them"),
      ],
    "Device identifiers: only the operational service providers that provision and support your devices.": [cookies("We share these device identifiers only with the operational service providers that provision and support your devices.")],
  },
};

/** Every statement a category makes, purposes first, with whether it is new in the newest version. */
export function statementsOf(categoryId: DataCategoryId): { text: string; newIn: string | null; kind: "purpose" | "sharing" }[] {
  const category = dataCategories.find((each) => each.id === categoryId)!;
  return [
    ...category.purposes.map((statement) => ({ text: statementText(statement), newIn: typeof statement === "string" ? null : statement.newIn, kind: "purpose" as const })),
    ...category.sharedWith.map((statement) => ({ text: statementText(statement), newIn: typeof statement === "string" ? null : statement.newIn, kind: "sharing" as const })),
  ];
}
