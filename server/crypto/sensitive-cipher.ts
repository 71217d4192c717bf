import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for Sensitive Personal Information. Each value is sealed under
 * the current key and carries that key's id, so keys can rotate: new values
 * use the first key, old values still open with the key they name.
 * Sealed form: base64(iv[12] | tag[16] | ciphertext).
 */
export interface SensitiveCipher {
  currentKeyId: string;
  seal(plaintext: string): { keyId: string; ciphertext: string };
  open(keyId: string, ciphertext: string): string;
}

/** `keys` is "id:base64key,id2:base64key2", current key first. */
export function createSensitiveCipher(keys: string): SensitiveCipher {
  const keyring = new Map<string, Buffer>();
  for (const entry of keys.split(",")) {
    const [id, encoded] = entry.split(":");
    const key = Buffer.from(encoded ?? "", "base64");
    if (!id || key.length !== 32) throw new Error(`Encryption key "${id ?? ""}" must be 32 bytes, base64-encoded`);
    keyring.set(id, key);
  }
  const currentKeyId = keys.split(":")[0]!;

  return {
    currentKeyId,
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", keyring.get(currentKeyId)!, iv);
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return { keyId: currentKeyId, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64") };
    },
    open(keyId, sealed) {
      const key = keyring.get(keyId);
      if (!key) throw new Error(`No encryption key with id "${keyId}" is configured`);
      const bytes = Buffer.from(sealed, "base64");
      const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
    },
  };
}
