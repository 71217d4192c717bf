import { afterEach, describe, expect, it, vi } from "vitest";

async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("./env");
}

afterEach(() => vi.unstubAllEnvs());

describe("the environment", () => {
  it("refuses production mode without its secrets, naming each one missing", async () => {
    const { readSecrets } = await loadEnv({ PRIVACY_CENTER_MODE: undefined, AUTH_SECRET: undefined, ENCRYPTION_KEYS: undefined });
    expect(() => readSecrets()).toThrow(/without AUTH_SECRET and ENCRYPTION_KEYS/);
  });

  it("names the one secret still missing", async () => {
    const { readSecrets } = await loadEnv({ PRIVACY_CENTER_MODE: "production", AUTH_SECRET: "x".repeat(40), ENCRYPTION_KEYS: undefined });
    expect(() => readSecrets()).toThrow(/without ENCRYPTION_KEYS\./);
  });

  it("runs the demo on well-known demo secrets", async () => {
    const { readSecrets, env } = await loadEnv({ PRIVACY_CENTER_MODE: "demo", AUTH_SECRET: undefined, ENCRYPTION_KEYS: undefined });
    expect(env.isDemo).toBe(true);
    expect(readSecrets().encryptionKeys).toMatch(/^demo-2026:/);
  });

  it("stops with the variable's name when a value is malformed", async () => {
    await expect(loadEnv({ DATABASE_URL: "mysql://nope" })).rejects.toThrow(/DATABASE_URL: must start with "file:"/);
  });
});
