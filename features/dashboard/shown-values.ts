import type { CustomerInventory, MaskedSensitiveItem } from "@/lib/inventory-types";
import type { PersonalInformationShown } from "./components/personal-information-held";
import type { SensitiveItemShown } from "./components/sensitive-information-held";
import { formatShortDay } from "./format-inventory-values";

/*
 * What the client components of "Your information" are given: only what they
 * show, dates already written out. A client component's props travel to the
 * browser whole (in the page's RSC payload), and dates are written once, on
 * the server, never again by a browser whose Intl data may differ.
 */

/** The personal details the page shows (not when the record was last updated). */
export function personalShown({ personal }: Pick<CustomerInventory, "personal">): PersonalInformationShown {
  const { fullName, email, streetAddress, city, state, postalCode, phone, dateOfBirth } = personal;
  return { fullName, email, streetAddress, city, state, postalCode, phone, dateOfBirth };
}

/** Masked sensitive items with the day each was added written out. */
export function sensitiveItemsShown(items: readonly MaskedSensitiveItem[]): SensitiveItemShown[] {
  return items.map(({ kind, label, masked, spoken, addedAt }) => ({ kind, label, masked, spoken, added: formatShortDay(addedAt) }));
}
