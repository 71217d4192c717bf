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

  it("counts the legal clocks in New York unless another IANA zone is configured, and refuses a zone it does not know", async () => {
    expect((await loadEnv({ COMPANY_TIME_ZONE: undefined })).env.COMPANY_TIME_ZONE).toBe("America/New_York");
    expect((await loadEnv({ COMPANY_TIME_ZONE: "America/Los_Angeles" })).env.COMPANY_TIME_ZONE).toBe("America/Los_Angeles");
    await expect(loadEnv({ COMPANY_TIME_ZONE: "Eastern" })).rejects.toThrow(/COMPANY_TIME_ZONE: must be an IANA time zone/);
  });

  it("stops with the variable's name when a value is malformed", async () => {
    await expect(loadEnv({ DATABASE_URL: "mysql://nope" })).rejects.toThrow(/DATABASE_URL: must start with "file:"/);
  });

  const strongSecret = "k3P9vQ2xZr7LmN4tY8wB1cF6hJ0sD5gA+eU/oI=";
  const strongKey = `main:${Buffer.from(Array.from({ length: 32 }, (_, n) => (n * 97 + 13) % 256)).toString("base64")}`;

  it("refuses the demo's published secrets in production, naming each", async () => {
    const { readSecrets } = await loadEnv({
      PRIVACY_CENTER_MODE: "production",
      AUTH_SECRET: "demo-only-auth-secret-never-use-in-production-0000",
      ENCRYPTION_KEYS: "demo-2026:ZGVtby1vbmx5LWtleS1uZXZlci11c2UtaW4tcHJvZHU=",
    });
    expect(() => readSecrets()).toThrow(/AUTH_SECRET is the demo's published value.*ENCRYPTION_KEYS key "demo-2026" is the demo's published key/);
  });

  it("refuses secrets that are long enough but weak, naming the variable", async () => {
    const { findWeakSecrets } = await loadEnv({});
    expect(findWeakSecrets({ AUTH_SECRET: "a".repeat(48), ENCRYPTION_KEYS: strongKey })).toEqual([expect.stringMatching(/^AUTH_SECRET is too weak/)]);
    expect(findWeakSecrets({ AUTH_SECRET: "0123456789".repeat(4), ENCRYPTION_KEYS: strongKey })).toEqual([expect.stringMatching(/^AUTH_SECRET is too weak/)]);
    // 32 bytes, but typed text rather than random bytes.
    const textKey = `main:${Buffer.from("correct horse battery staple 123").toString("base64")}`;
    expect(findWeakSecrets({ AUTH_SECRET: strongSecret, ENCRYPTION_KEYS: textKey })).toEqual([expect.stringMatching(/^ENCRYPTION_KEYS key "main" is not 32 random bytes/)]);
    expect(findWeakSecrets({ AUTH_SECRET: strongSecret, ENCRYPTION_KEYS: `${strongKey},${strongKey}` })).toEqual([expect.stringMatching(/names the key "main" twice/)]);
    expect(findWeakSecrets({ AUTH_SECRET: strongSecret, ENCRYPTION_KEYS: strongKey })).toEqual([]);
  });

  it("starts production with strong secrets", async () => {
    const { readSecrets } = await loadEnv({ PRIVACY_CENTER_MODE: "production", AUTH_SECRET: strongSecret, ENCRYPTION_KEYS: strongKey });
    expect(readSecrets()).toEqual({ authSecret: strongSecret, authSecrets: [strongSecret], encryptionKeys: strongKey });
  });

  it("keeps accepting earlier AUTH_SECRETs during a rotation, new first, and holds them to the same rules", async () => {
    const earlier = "Zx9-older-secret-Qw8Lp3Vn7Rt2Ym6Kd4Hs1Jf5";
    const { readSecrets } = await loadEnv({ PRIVACY_CENTER_MODE: "production", AUTH_SECRET: strongSecret, AUTH_SECRET_PREVIOUS: ` ${earlier} `, ENCRYPTION_KEYS: strongKey });
    expect(readSecrets()).toMatchObject({ authSecret: strongSecret, authSecrets: [strongSecret, earlier] });

    const weak = await loadEnv({ PRIVACY_CENTER_MODE: "production", AUTH_SECRET: strongSecret, AUTH_SECRET_PREVIOUS: "a".repeat(40), ENCRYPTION_KEYS: strongKey });
    expect(() => weak.readSecrets()).toThrow(/an AUTH_SECRET_PREVIOUS secret is too weak/);
  });

  it("asks production for an SMTP server and an https address", async () => {
    const { findProductionSettingProblems } = await loadEnv({});
    expect(findProductionSettingProblems({ SITE_URL: "http://privacy.example.com" })).toEqual([
      expect.stringMatching(/^SMTP_URL is not set/),
      expect.stringMatching(/^SITE_URL must be an https:\/\/ address/),
    ]);
    expect(findProductionSettingProblems({ SMTP_URL: "smtps://mail.example.com", SITE_URL: "https://privacy.example.com" })).toEqual([]);
  });

  it("reads how many proxies to trust, none unless told", async () => {
    // Unset: the shipped proxy, from a loopback or private address only (server/auth/client-address.ts).
    expect((await loadEnv({ TRUSTED_PROXY_COUNT: undefined })).env.TRUSTED_PROXY_COUNT).toBeUndefined();
    expect((await loadEnv({ TRUSTED_PROXY_COUNT: "0" })).env.TRUSTED_PROXY_COUNT).toBe(0);
    expect((await loadEnv({ TRUSTED_PROXY_COUNT: "1" })).env.TRUSTED_PROXY_COUNT).toBe(1);
    await expect(loadEnv({ TRUSTED_PROXY_COUNT: "many" })).rejects.toThrow(/TRUSTED_PROXY_COUNT: must be a whole number/);
  });

  it("refuses demo mode on a production build unless told twice, and explains", async () => {
    const { findDemoModeProblem, DEMO_ACKNOWLEDGEMENT } = await loadEnv({});
    expect(findDemoModeProblem({ NODE_ENV: "production", PRIVACY_CENTER_MODE: "demo" })).toMatch(
      /PRIVACY_CENTER_MODE=demo on a production build.*set PRIVACY_CENTER_DEMO_ACKNOWLEDGED=not-for-real-customers-data/,
    );
    expect(findDemoModeProblem({ NODE_ENV: "production", PRIVACY_CENTER_MODE: "demo", PRIVACY_CENTER_DEMO_ACKNOWLEDGED: "yes" })).toMatch(/on a production build/);
    expect(findDemoModeProblem({ NODE_ENV: "production", PRIVACY_CENTER_MODE: "demo", PRIVACY_CENTER_DEMO_ACKNOWLEDGED: DEMO_ACKNOWLEDGEMENT })).toBeNull();
    expect(findDemoModeProblem({ NODE_ENV: "production", PRIVACY_CENTER_MODE: "production" })).toBeNull();
    expect(findDemoModeProblem({ NODE_ENV: "development", PRIVACY_CENTER_MODE: "demo" })).toBeNull();
  });
});
