import { site } from "@/content/site";

/** The Privacy Administrator's contact, as plain-text lines for the end of an email. */
export function describeAdministratorContact(): string {
  const admin = site.privacyAdministrator;
  return [
    `Questions? Contact our ${admin.title}:`,
    `Email: ${admin.email}`,
    "Post:",
    ...admin.postalAddress.map((line) => `  ${line}`),
    `  ${admin.attention}`,
  ].join("\n");
}
