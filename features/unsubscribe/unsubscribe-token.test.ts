import { createHmac, hkdfSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, deriveUnsubscribeKey, generateRecipientId, readUnsubscribeToken } from "./unsubscribe-token";

const key = deriveUnsubscribeKey("test-only-auth-secret-0123456789abcdef");
const otherKey = deriveUnsubscribeKey("another-auth-secret-0123456789abcdefgh");
const recipientId = generateRecipientId();
const token = createUnsubscribeToken({ recipientId, list: "promotional-email" }, key);

/** The same string with the character at `index` replaced by a different one of the base64url alphabet. */
function alterAt(text: string, index: number): string {
  const position = index < 0 ? text.length + index : index;
  const replacement = text[position] === "A" ? "B" : "A";
  return text.slice(0, position) + replacement + text.slice(position + 1);
}

describe("one-click unsubscribe tokens", () => {
  it("name the recipient and the list, and read back", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}\.promotional-email\.[A-Za-z0-9_-]{43}$/);
    expect(readUnsubscribeToken(token, key)).toEqual({ recipientId, list: "promotional-email" });
    const other = createUnsubscribeToken({ recipientId, list: "advertiser-promotions" }, key);
    expect(readUnsubscribeToken(other, key)).toEqual({ recipientId, list: "advertiser-promotions" });
  });

  it("made before a rotation of AUTH_SECRET still read while the earlier secret is accepted, and not after", () => {
    // otherKey is the new secret's, key the earlier one's (AUTH_SECRET_PREVIOUS).
    expect(readUnsubscribeToken(token, [otherKey, key])).toEqual({ recipientId, list: "promotional-email" });
    expect(readUnsubscribeToken(token, [otherKey])).toBeNull();
  });

  it("are an HMAC-SHA256 under a key derived from AUTH_SECRET with HKDF (the format bench/unsubscribe.mjs mirrors)", () => {
    const expectedKey = Buffer.from(hkdfSync("sha256", "test-only-auth-secret-0123456789abcdef", Buffer.alloc(0), "list-unsubscribe/v1", 32));
    expect(key.equals(expectedKey)).toBe(true);
    const mac = createHmac("sha256", expectedKey).update(`v1.${recipientId}.promotional-email`).digest("base64url");
    expect(token).toBe(`${recipientId}.promotional-email.${mac}`);
  });

  it("refuse a forged, altered, truncated or extended token, and one for another list", () => {
    const [id, list, mac] = token.split(".") as [string, string, string];
    const refused = [
      createUnsubscribeToken({ recipientId, list: "promotional-email" }, otherKey), // signed with another secret
      `${generateRecipientId()}.${list}.${mac}`, // another recipient under this signature
      `${id}.advertiser-promotions.${mac}`, // another list under this signature
      alterAt(token, 0),
      alterAt(token, -1), // base64url's last character: a different spelling must fail, not decode to the same bytes
      alterAt(token, -20),
      token.slice(0, -1),
      token.slice(0, 30),
      `${token}A`,
      `${token}.extra`,
      `${id}.${list}`,
      `${id}.share-with-advertisers.${mac}`, // a choice that is no mailing list
      `${id}.no-such-list.${mac}`,
      token.toUpperCase(),
      "",
      "..",
      `${"A".repeat(22)}.promotional-email.${"A".repeat(43)}`,
      "x".repeat(5000),
    ];
    for (const candidate of refused) expect(readUnsubscribeToken(candidate, key), candidate).toBeNull();
  });

  it("refuse what is not a string, without throwing", () => {
    for (const candidate of [undefined, null, 42, ["a"], { token }]) expect(readUnsubscribeToken(candidate, key)).toBeNull();
  });

  it("give every recipient an id of its own, 128 random bits", () => {
    const ids = new Set(Array.from({ length: 1000 }, generateRecipientId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(Buffer.from(id, "base64url")).toHaveLength(16);
  });
});
