import type { SensitiveKind } from "@/lib/domain";

/**
 * How Sensitive Personal Information is shown: never in full. Only the last
 * four characters are kept in clear (the `last_four` column), and only for
 * kinds where four characters say little on their own. A PIN, a maiden name
 * or a signature is short or guessable, so none of it is kept in clear.
 */
const TAIL_LENGTH: Record<SensitiveKind, 0 | 4> = {
  ssn: 4,
  drivers_license: 4,
  employee_id: 4,
  account_number: 4,
  card_number: 4,
  passport_number: 4,
  security_code: 0,
  mothers_maiden_name: 0,
  electronic_signature: 0,
};

export const sensitiveKindLabels: Record<SensitiveKind, string> = {
  ssn: "Social Security number",
  drivers_license: "Driver’s license or state ID number",
  employee_id: "Employee ID number",
  account_number: "Account number",
  card_number: "Credit or debit card number",
  security_code: "Security or access code",
  mothers_maiden_name: "Mother’s maiden name",
  passport_number: "Passport number",
  electronic_signature: "Electronic signature",
};

/** What may be stored in clear beside the ciphertext: the last four letters or digits, or nothing. */
export function selectClearTail(kind: SensitiveKind, value: string): string {
  const length = TAIL_LENGTH[kind];
  if (length === 0) return "";
  const characters = value.replace(/[^A-Za-z0-9]/g, "");
  // In a value shorter than twice its tail, the tail would give most of it away; keep nothing.
  return characters.length >= length * 2 ? characters.slice(-length) : "";
}

/**
 * The masked form shown to the customer, built from the clear tail alone (no
 * decryption), and the words a screen reader says instead of the bullets.
 */
export function maskSensitiveValue(kind: SensitiveKind, lastFour: string): { masked: string; spoken: string } {
  const tail = TAIL_LENGTH[kind] === 0 ? "" : lastFour;
  if (!tail) return { masked: "•••• (on file, never shown)", spoken: "on file, never shown" };
  const spoken = `ending in ${tail}`;
  switch (kind) {
    case "ssn":
      return { masked: `***-**-${tail}`, spoken };
    case "card_number":
      return { masked: `•••• •••• •••• ${tail}`, spoken };
    default:
      return { masked: `••••${tail}`, spoken };
  }
}

/** A phone number reduced to its last four digits: the other party of a call is someone else's data. */
export function maskPhoneNumber(number: string): string {
  const digits = number.replace(/\D/g, "");
  return digits.length < 4 ? "•••" : `•••-•••-${digits.slice(-4)}`;
}
