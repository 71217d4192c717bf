import type { CustomerDetails, SensitiveKind } from "../schema";

/**
 * The demo's people. README lists how to sign in as them; tests use them too.
 * The sensitive values are fictitious (SSNs in the 9xx range are never issued,
 * the card numbers are well-known test numbers, phone numbers are in the
 * 555-01xx range reserved for fiction) and must never appear in full in any
 * response or log: tests check that.
 */

export interface DemoService {
  serviceName: string;
  plan: string;
  /** Months before the seed date that the service started. */
  startedMonthsAgo: number;
  monthlyPriceCents: number;
}

/** How many stored items of each kind a demo customer has. */
export interface DemoCommunications {
  voicemail: number;
  call_recording: number;
  sms: number;
  mms: number;
  fax: number;
}

export interface DemoCustomer extends CustomerDetails {
  id: string;
  email: string;
  password: string;
  sensitive: Partial<Record<SensitiveKind, string>>;
  services: readonly DemoService[];
  callCount: number;
  /**
   * Whether they gave their express approval to receive notices about their service by email when they signed up
   * (47 CFR 64.2008(d)(3)(i)); the demo has one customer of each kind, so the console shows both ways the CPNI notice goes.
   */
  approvedEmailNoticesAtSignUp: boolean;
  /** Area codes the customer's callers and callees are mostly in, for realistic numbers. */
  callingAreaCodes: readonly string[];
  communications: DemoCommunications;
  /** The desk phones' vendor and MAC addresses, and the mobile app installs. */
  deskPhones: readonly { model: string; mac: string }[];
  appInstalls: readonly { platform: string; installId: string }[];
}

export const demoCustomers = [
  {
    id: "demo-customer-alex",
    email: "alex.rivera@example.com",
    password: "privacy-demo-alex",
    fullName: "Alex Rivera",
    streetAddress: "42 Harbor View Road",
    city: "Livingston",
    state: "NJ",
    postalCode: "07039",
    phone: "+1 973 555 0142",
    dateOfBirth: "1984-06-12",
    sensitive: {
      ssn: "900-12-3456",
      card_number: "4111 1111 1111 1111",
      account_number: "PC-77310452",
      drivers_license: "NJ-D4821-77310-44217",
      security_code: "7391",
      mothers_maiden_name: "Castellanos",
    },
    services: [
      { serviceName: "Business VoIP", plan: "Pro plan, 5 users", startedMonthsAgo: 30, monthlyPriceCents: 14995 },
      { serviceName: "Toll-free number", plan: "Metered, 500 minutes included", startedMonthsAgo: 18, monthlyPriceCents: 1499 },
      { serviceName: "Virtual fax line", plan: "Unlimited inbound", startedMonthsAgo: 24, monthlyPriceCents: 999 },
      { serviceName: "Call recording", plan: "Add-on, 90-day storage", startedMonthsAgo: 9, monthlyPriceCents: 1200 },
    ],
    callCount: 42,
    approvedEmailNoticesAtSignUp: true,
    callingAreaCodes: ["973", "201", "212", "646", "908", "800"],
    communications: { voicemail: 14, call_recording: 9, sms: 31, mms: 6, fax: 8 },
    deskPhones: [
      { model: "Yealink T54W desk phone", mac: "80:5E:C0:4A:3F:A2" },
      { model: "Polycom VVX 450 desk phone", mac: "64:16:7F:2B:91:0C" },
    ],
    appInstalls: [{ platform: "Phone.com app for iOS", installId: "3f9a2c71-58d4-4b0e-9e6a-0d1c2b7f7c1e" }],
  },
  {
    id: "demo-customer-jordan",
    email: "jordan.lee@example.com",
    password: "privacy-demo-jordan",
    fullName: "Jordan Lee",
    streetAddress: "1800 Mission Street, Apt 5",
    city: "San Francisco",
    state: "CA",
    postalCode: "94103",
    phone: "+1 415 555 0187",
    dateOfBirth: "1991-02-03",
    sensitive: {
      ssn: "900-98-7654",
      card_number: "5555 5555 5555 4444",
      account_number: "PC-99120871",
      passport_number: "X12345678",
      electronic_signature: "Jordan M. Lee /e-signed 2023-03-14/",
    },
    services: [
      { serviceName: "Business VoIP", plan: "Basic plan, 1 user", startedMonthsAgo: 14, monthlyPriceCents: 1299 },
      { serviceName: "Virtual fax line", plan: "Pay as you go", startedMonthsAgo: 11, monthlyPriceCents: 499 },
    ],
    callCount: 38,
    approvedEmailNoticesAtSignUp: false,
    callingAreaCodes: ["415", "510", "650", "408", "916"],
    communications: { voicemail: 6, call_recording: 0, sms: 48, mms: 11, fax: 2 },
    deskPhones: [],
    appInstalls: [
      { platform: "Phone.com app for Android", installId: "b26e0d4f-7a13-4c85-a1f0-5e9d3c8a2b64" },
      { platform: "Phone.com desktop app for macOS", installId: "c81f4e20-9d6b-4f37-8e2a-71b0a5d93f0d" },
    ],
  },
] as const satisfies readonly DemoCustomer[];

export const demoAdministrator = {
  id: "demo-admin",
  email: "privacy.admin@example.com",
  password: "privacy-demo-admin",
} as const;
