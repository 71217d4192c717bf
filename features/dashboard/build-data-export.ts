import type { DataCategory, DataCategoryId } from "@/content/data-categories";
import type { CustomerInventory } from "@/lib/inventory-types";

export const DATA_EXPORT_FORMAT = "phone.com-privacy-data/1";

/**
 * The machine-readable copy of everything "Your information" shows: each
 * category with its description, purposes, sharing, retention and policy
 * section, and the customer's records in it, sensitive values masked.
 */
export function buildDataExport(inventory: CustomerInventory, categories: readonly DataCategory[], context: { now: Date; siteUrl: string; policyVersion: string }) {
  const records: Record<DataCategoryId, unknown> = {
    "personal-information": inventory.personal,
    "sensitive-personal-information": inventory.sensitive.map(({ kind, label, masked, addedAt }) => ({ kind, label, masked, addedAt })),
    cpni: inventory.cpni,
    "stored-communications": inventory.storedCommunications,
    "cookies-and-identifiers": { cookies: inventory.cookies, devices: inventory.devices },
  };
  const sectionUrl = (anchor: string) => `${context.siteUrl}/privacy#${anchor}`;
  return {
    format: DATA_EXPORT_FORMAT,
    generatedAt: context.now.toISOString(),
    policyVersion: context.policyVersion,
    note: "Sensitive Personal Information is masked: we never send it in full. Times are in UTC.",
    categories: categories.map((category) => ({
      id: category.id,
      title: category.title,
      description: category.description,
      purposes: category.purposes,
      sharedWith: category.sharedWith,
      retention: category.retention,
      policySection: { title: category.policy.label, url: sectionUrl(category.policy.anchor) },
      relatedPolicySections: (category.relatedPolicy ?? []).map((reference) => ({ title: reference.label, url: sectionUrl(reference.anchor) })),
      records: records[category.id],
    })),
  };
}

/** "phone-com-privacy-data-2026-11-28.json", dated in UTC like the rest of the file. */
export function dataExportFileName(now: Date): string {
  return `phone-com-privacy-data-${now.toISOString().slice(0, 10)}.json`;
}
