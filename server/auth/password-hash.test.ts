import { describe, expect, it } from "vitest";
import { hashingLoad, hashPassword, MAX_CONCURRENT_HASHES, verifyPassword } from "./password-hash";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^scrypt\$65536\$8\$1\$/);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("refuses a stored value it does not understand", async () => {
    expect(await verifyPassword("anything", "md5$abc")).toBe(false);
  });

  it(`runs at most ${MAX_CONCURRENT_HASHES} hashes at once; the others wait and still finish`, async () => {
    const burst = Array.from({ length: 6 }, (_, n) => hashPassword(`burst ${n}`));
    expect(hashingLoad().running).toBe(MAX_CONCURRENT_HASHES);
    expect(hashingLoad().waiting).toBe(6 - MAX_CONCURRENT_HASHES);
    expect(new Set(await Promise.all(burst)).size).toBe(6);
    expect(hashingLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
