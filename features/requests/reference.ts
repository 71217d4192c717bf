import { randomInt } from "node:crypto";

/**
 * Reference numbers people read aloud, type and quote: "PR-7K4Q-9M2X".
 * The alphabet leaves out 0/O, 1/I/L and U (so no accidental words), and the
 * eight characters are drawn with crypto's unbiased `randomInt`: 30^8 ≈ 6.6e11
 * values, so a reference cannot be guessed to find someone else's request.
 */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

export const REFERENCE_PATTERN = new RegExp(`^PR-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

export function generateReference(): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join("");
  return `PR-${group()}-${group()}`;
}

/** A reference as someone typed it ("pr 7k4q 9m2x"), in its canonical form, or null when it cannot be one. */
export function normalizeReference(typed: string): string | null {
  const characters = typed.toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/^PR/, "");
  if (characters.length !== 8) return null;
  const reference = `PR-${characters.slice(0, 4)}-${characters.slice(4)}`;
  return REFERENCE_PATTERN.test(reference) ? reference : null;
}
