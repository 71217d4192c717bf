import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSensitiveCipher } from "./sensitive-cipher";

const key = () => randomBytes(32).toString("base64");

describe("createSensitiveCipher", () => {
  const oldKey = `k2025:${key()}`;
  const newKey = `k2026:${key()}`;

  it("seals under the current key and opens again; the sealed text hides the value", () => {
    const cipher = createSensitiveCipher(`${newKey},${oldKey}`);
    const sealed = cipher.seal("900-12-3456");
    expect(sealed.keyId).toBe("k2026");
    expect(sealed.ciphertext).not.toContain("3456");
    expect(cipher.open(sealed.keyId, sealed.ciphertext)).toBe("900-12-3456");
  });

  it("uses a fresh IV each time", () => {
    const cipher = createSensitiveCipher(newKey);
    expect(cipher.seal("same").ciphertext).not.toBe(cipher.seal("same").ciphertext);
  });

  it("still opens values sealed under a rotated-out key", () => {
    const sealed = createSensitiveCipher(oldKey).seal("4111 1111 1111 1111");
    expect(createSensitiveCipher(`${newKey},${oldKey}`).open("k2025", sealed.ciphertext)).toBe("4111 1111 1111 1111");
  });

  it("refuses a tampered value or an unknown key id", () => {
    const cipher = createSensitiveCipher(newKey);
    const sealed = Buffer.from(cipher.seal("secret").ciphertext, "base64");
    sealed[sealed.length - 1]! ^= 1;
    expect(() => cipher.open("k2026", sealed.toString("base64"))).toThrow();
    expect(() => cipher.open("nope", cipher.seal("x").ciphertext)).toThrow(/No encryption key with id "nope"/);
  });

  it("rejects a key that is not 32 bytes", () => {
    expect(() => createSensitiveCipher(`short:${randomBytes(16).toString("base64")}`)).toThrow(/must be 32 bytes/);
  });
});
