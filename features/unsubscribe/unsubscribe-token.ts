import "server-only";
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { readSecrets } from "@/server/env";
import { isMailingList, type MailingList } from "./mailing-lists";

/**
 * The token in a one-click unsubscribe link: `<recipientId>.<list>.<mac>`.
 *
 * - recipientId: the random id of mail_recipients, never the customer id, so
 *   the link (which mail providers, scanners and forwarded copies all see)
 *   names nobody;
 * - list: the mailing list (a choice key) the link unsubscribes from;
 * - mac: base64url HMAC-SHA256 over "v1.<recipientId>.<list>", so a link can
 *   be neither made for another recipient or list nor altered.
 *
 * The HMAC key is derived from AUTH_SECRET with HKDF (info
 * "list-unsubscribe/v1"), so no new secret is required, and a key that signs
 * sessions never signs links directly. During a rotation the keys of the
 * earlier secrets (AUTH_SECRET_PREVIOUS) are still accepted, so links in email
 * already sent keep working (CAN-SPAM, 15 U.S.C. 7704(a)(3): for 30 days at
 * least) while new mail is signed with the new one. bench/unsubscribe.mjs mirrors this format to make tokens:
 * change both together.
 */

const KEY_INFO = "list-unsubscribe/v1";
const MAC_VERSION = "v1";
const RECIPIENT_ID = /^[A-Za-z0-9_-]{22}$/;
const MAC = /^[A-Za-z0-9_-]{43}$/;

export interface UnsubscribeTokenClaims {
  recipientId: string;
  list: MailingList;
}

const derivedKeys = new Map<string, Buffer>();

/** The link-signing key for an AUTH_SECRET; derived once per secret. */
export function deriveUnsubscribeKey(authSecret: string): Buffer {
  let key = derivedKeys.get(authSecret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", authSecret, Buffer.alloc(0), KEY_INFO, 32));
    derivedKeys.set(authSecret, key);
  }
  return key;
}

/** The key of this server: from AUTH_SECRET (production refuses to start without it; demo uses its demo value). */
export function unsubscribeSigningKey(): Buffer {
  return deriveUnsubscribeKey(readSecrets().authSecret);
}

/** Every key a link may carry: the current one first, then those of the earlier secrets of a rotation. */
export function unsubscribeVerifyingKeys(): Buffer[] {
  return readSecrets().authSecrets.map(deriveUnsubscribeKey);
}

/** A new recipient id: 128 random bits, base64url. */
export function generateRecipientId(): string {
  return randomBytes(16).toString("base64url");
}

function macOf(recipientId: string, list: MailingList, key: Buffer): string {
  return createHmac("sha256", key).update(`${MAC_VERSION}.${recipientId}.${list}`).digest("base64url");
}

export function createUnsubscribeToken(claims: UnsubscribeTokenClaims, key: Buffer = unsubscribeSigningKey()): string {
  if (!RECIPIENT_ID.test(claims.recipientId)) throw new Error("A recipient id is 22 base64url characters");
  return `${claims.recipientId}.${claims.list}.${macOf(claims.recipientId, claims.list, key)}`;
}

/**
 * The claims of a genuine token, or null for anything else: forged, altered,
 * truncated, for an unknown list, or not a token at all. Never throws.
 */
export function readUnsubscribeToken(token: unknown, keys: Buffer | readonly Buffer[] = unsubscribeVerifyingKeys()): UnsubscribeTokenClaims | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [recipientId, list, mac] = parts as [string, string, string];
  if (!RECIPIENT_ID.test(recipientId) || !isMailingList(list) || !MAC.test(mac)) return null;
  // Compared as text, not decoded bytes: base64url has several spellings of the same last byte, and an altered spelling must fail too.
  const given = Buffer.from(mac);
  const genuine = (Buffer.isBuffer(keys) ? [keys] : keys).some((key) => {
    const expected = Buffer.from(macOf(recipientId, list, key));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return genuine ? { recipientId, list } : null;
}
