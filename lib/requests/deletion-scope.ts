/**
 * What a completed deletion request removes and what it keeps, each with the
 * reason, in words a customer reads before asking and in the answer after.
 * Plain data (no "server-only"), so the request page can show it; the erasure
 * itself (erase-customer-data.ts) deletes exactly the "deleted" part.
 *
 * It follows the retention periods in content/data-categories.ts: change one
 * and the other together.
 */

export type DeletedPart = "stored-communications" | "identifiers" | "sensitive-information" | "old-billing-records";
export type KeptPart = "contact-details" | "date-of-birth" | "account-number" | "services" | "recent-billing-records" | "privacy-choices" | "requests-and-audit-log";

export interface DeletionScopeItem<Part extends string = string> {
  part: Part;
  /** What, as a customer names it. */
  what: string;
  /** Why it goes, or why it stays. */
  why: string;
}

/** Call records and billing details are kept this long: the period the FCC's toll-records rule requires as a minimum (47 CFR 42.6). */
export const BILLING_RECORD_RETENTION_MONTHS = 18;

export const deletionScope: { deleted: readonly DeletionScopeItem<DeletedPart>[]; kept: readonly DeletionScopeItem<KeptPart>[] } = {
  deleted: [
    {
      part: "stored-communications",
      what: "Stored communications: voicemail, call recordings, text and multimedia messages, and faxes",
      why: "You asked us to delete them, and no rule requires us to keep them.",
    },
    {
      part: "identifiers",
      what: "Cookies and device identifiers linked to your account",
      why: "You asked us to delete them; a desk phone or app will need to be registered again to receive calls.",
    },
    {
      part: "sensitive-information",
      what: "Sensitive Personal Information other than your account number: identity numbers (Social Security, driver’s license or state ID, employee ID), payment card number, security codes, mother’s maiden name, passport number and electronic signature",
      why: "You asked us to delete it; we may ask for it again to verify your identity or take a payment.",
    },
    {
      part: "old-billing-records",
      what: `Call records and billing periods older than ${BILLING_RECORD_RETENTION_MONTHS} months`,
      why: `You asked us to delete them, and the ${BILLING_RECORD_RETENTION_MONTHS} months for which the FCC requires us to keep them (47 CFR 42.6, a minimum) have passed.`,
    },
  ],
  kept: [
    {
      part: "contact-details",
      what: "Your name, postal address, phone number and email address",
      why: "We need them while your account is open, to provide and bill your services. To close your account, contact Phone.com support.",
    },
    {
      part: "date-of-birth",
      what: "Your date of birth",
      why: "Our privacy policy says it cannot be deleted; it can only be corrected, once the new date is verified.",
    },
    {
      part: "account-number",
      what: "Your account number",
      why: "It identifies your account while it is open.",
    },
    {
      part: "services",
      what: "The services on your account",
      why: "We need them to provide and bill your services while the account is open.",
    },
    {
      part: "recent-billing-records",
      what: `Call records and billing details of the last ${BILLING_RECORD_RETENTION_MONTHS} months`,
      why: `The FCC requires us to keep them for ${BILLING_RECORD_RETENTION_MONTHS} months (47 CFR 42.6).`,
    },
    {
      part: "privacy-choices",
      what: "Records of your privacy choices",
      why: "The FCC requires us to keep records of your CPNI approval for at least one year (47 CFR 64.2007(a)(3)) and of the CPNI notices we sent you (47 CFR 64.2008(a)(2)), and they prove we honor your choices.",
    },
    {
      part: "requests-and-audit-log",
      what: "Your privacy requests and our audit log",
      why: "They are the proof that we answered your requests as the law requires.",
    },
  ],
};
