import "server-only";
import type { Kysely } from "kysely";
import { site } from "@/content/site";
import type { CommunicationKind, Database } from "@/server/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import type { CustomerInventory } from "@/lib/inventory-types";
import * as repository from "./repository";
import type { ContactDetails } from "./schemas";
import { maskPhoneNumber, maskSensitiveValue, sensitiveKindLabels } from "@/lib/sensitive-masking";

export const RECENT_CALL_LIMIT = 10;
export const BILLING_PERIOD_LIMIT = 6;

const communicationLabels: Record<CommunicationKind, string> = {
  voicemail: "Voicemail",
  call_recording: "Call recordings",
  sms: "Text messages (SMS)",
  mms: "Multimedia messages (MMS)",
  fax: "Faxes",
};

/** What the company holds about a customer; null when the account has no customer record (an administrator). */
export async function readCustomerInventory(db: Kysely<Database>, customerId: string): Promise<CustomerInventory | null> {
  const [profile, sensitive, services, billingPeriods, callRecordCount, recentCalls, communications, identifiers] = await Promise.all([
    repository.findCustomerProfile(db, customerId),
    repository.listSensitiveItems(db, customerId),
    repository.listCpniServices(db, customerId),
    repository.listBillingPeriods(db, customerId, BILLING_PERIOD_LIMIT),
    repository.countCallRecords(db, customerId),
    repository.listRecentCallRecords(db, customerId, RECENT_CALL_LIMIT),
    repository.summarizeStoredCommunications(db, customerId),
    repository.listDeviceIdentifiers(db, customerId),
  ]);
  if (!profile) return null;

  return {
    personal: profile,
    sensitive: sensitive.map((item) => ({
      kind: item.kind,
      label: sensitiveKindLabels[item.kind],
      ...maskSensitiveValue(item.kind, item.lastFour),
      addedAt: item.createdAt,
    })),
    cpni: {
      services,
      billingPeriods,
      callRecordCount,
      // Masked again here, whatever the import stored, so a full third-party number never reaches the page.
      recentCalls: recentCalls.map((call) => ({ ...call, otherParty: maskPhoneNumber(call.otherParty) })),
    },
    // Every kind is listed, with zero where none is stored, so "none" is said rather than left out.
    storedCommunications: (Object.keys(communicationLabels) as CommunicationKind[]).map((kind) => {
      const summary = communications.find((row) => row.kind === kind);
      return {
        kind,
        label: communicationLabels[kind],
        count: summary?.count ?? 0,
        totalBytes: summary?.totalBytes ?? 0,
        oldest: summary?.oldest ?? null,
        newest: summary?.newest ?? null,
      };
    }),
    cookies: identifiers
      .filter((row) => row.kind === "cookie")
      .map(({ name, purpose, valueHint, firstSeenAt, lastSeenAt }) => ({ name, purpose, valueHint, firstSeenAt, lastSeenAt })),
    devices: identifiers
      .filter((row) => row.kind === "device")
      .map(({ name, valueHint, firstSeenAt, lastSeenAt }) => ({ name, valueHint, firstSeenAt, lastSeenAt })),
  };
}

/**
 * Saves a customer's own corrections (`updated` is false when the account has
 * no customer record). The FCC requires telling the customer at once when the address of record
 * changes (47 CFR 64.2010(f)), at the existing email, without revealing the
 * new address. The notice is queued in the same transaction as the change.
 */
export async function applyContactCorrection(db: Kysely<Database>, accountId: string, details: ContactDetails, now: Date) {
  return db.transaction().execute(async (trx) => {
    const before = await repository.findCustomerProfile(trx, accountId);
    if (!before) return { updated: false, notified: false };
    await repository.updateContactDetails(trx, accountId, details, now);
    const addressChanged = (["streetAddress", "city", "state", "postalCode"] as const).some((field) => before[field] !== details[field]);
    if (addressChanged) {
      await enqueueEmail(
        trx,
        {
          kind: "account-change-notice",
          to: before.email,
          subject: "Your address of record was changed",
          text:
            `The postal address on your Phone.com account was changed in the Privacy Center on ${now.toUTCString()}.\n\n` +
            `If you made this change, there is nothing more to do. If you did not, sign in and correct it, and tell our Privacy Administrator at ${site.privacyAdministrator.email}.`,
        },
        now,
      );
    }
    return { updated: true, notified: addressChanged };
  });
}
