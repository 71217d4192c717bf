/**
 * Facts about the company that the privacy team may edit. Every page reads them
 * from here, so a new address or inbox is changed in one place.
 */
export const site = {
  companyName: "Phone.com",
  legalName: "Phone.com, Inc",
  centerName: "Privacy Center",
  privacyAdministrator: {
    title: "Privacy Administrator",
    email: "legal@phone.com",
    postalAddress: ["Phone.com", "184 South Livingston Avenue", "Suite 9-222", "Livingston, NJ 07039"],
    attention: "Attn: Privacy Administrator",
  },
} as const;

/** The center's sections, in the order the header lists them. */
export const siteSections = [
  { href: "/privacy", label: "Privacy policy" },
  { href: "/privacy/versions", label: "Policy history" },
  { href: "/report-a-minor", label: "Report a minor’s data" },
  { href: "/account", label: "Your account" },
] as const;
