import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, ENGINES } from "../db/testing/engines";
import { createAttemptThrottle, describeWait, type ThrottleStore } from "./attempt-throttle";

describe.each(ENGINES)("the attempt throttle on %s", (engine) => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let store: ThrottleStore;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    // SQLite runs as one instance and counts in memory; PostgreSQL shares its count through the database.
    store = engine === "postgres" ? { kind: "postgres", db: handle.db } : { kind: "memory" };
  });
  afterAll(async () => handle.drop());

  const limits = (name: string) => ({ name, perAccount: 3, perAddress: 5, windowSeconds: 600 });

  it("refuses an account after its allowance of failures, and says how long to wait", async () => {
    const throttle = createAttemptThrottle(limits("account"), store);
    const subject = { account: "Someone@Example.com", address: "203.0.113.7" };
    for (let failure = 0; failure < 3; failure++) {
      expect(await throttle.retryAfterSeconds(subject)).toBe(0);
      await throttle.recordAttempt(subject);
    }
    const wait = await throttle.retryAfterSeconds({ account: "someone@example.com ", address: "198.51.100.1" });
    expect(wait).toBeGreaterThan(590);
    expect(wait).toBeLessThanOrEqual(600);
  });

  it("refuses an address that fails across many accounts, and only that address", async () => {
    const throttle = createAttemptThrottle(limits("address"), store);
    for (let n = 0; n < 5; n++) await throttle.recordAttempt({ account: `person${n}@example.com`, address: "203.0.113.9" });
    expect(await throttle.retryAfterSeconds({ account: "fresh@example.com", address: "203.0.113.9" })).toBeGreaterThan(0);
    expect(await throttle.retryAfterSeconds({ account: "fresh@example.com", address: "203.0.113.10" })).toBe(0);
    expect(await throttle.retryAfterSeconds({ account: "fresh@example.com", address: null })).toBe(0);
  });

  it("forgets an account's failures after it signs in, but not the address's", async () => {
    const throttle = createAttemptThrottle({ name: "forget", perAccount: 2, perAddress: 3, windowSeconds: 600 }, store);
    const subject = { account: "a@example.com", address: "203.0.113.20" };
    await throttle.recordAttempt(subject);
    await throttle.recordAttempt(subject);
    expect(await throttle.retryAfterSeconds(subject)).toBeGreaterThan(0);
    await throttle.forgetAccount("A@example.com");
    expect(await throttle.retryAfterSeconds({ account: "a@example.com", address: null })).toBe(0);
    await throttle.recordAttempt(subject);
    expect(await throttle.retryAfterSeconds({ account: "b@example.com", address: "203.0.113.20" })).toBeGreaterThan(0);
  });
});

// Only PostgreSQL serves several instances, so only there is the count shared through the database.
describe("the attempt throttle on postgres, across instances", () => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let store: ThrottleStore;
  beforeAll(async () => {
    handle = await createTestDatabase("postgres");
    store = { kind: "postgres", db: handle.db };
  });
  afterAll(async () => handle.drop());

  const limits = (name: string) => ({ name, perAccount: 3, perAddress: 5, windowSeconds: 600 });

  it("shares one count between instances through the database", async () => {
    const first = createAttemptThrottle(limits("shared"), store);
    const second = createAttemptThrottle(limits("shared"), store);
    const subject = { account: "shared@example.com", address: null };
    await first.recordAttempt(subject);
    await second.recordAttempt(subject);
    await first.recordAttempt(subject);
    expect(await second.retryAfterSeconds(subject)).toBeGreaterThan(0);
  });
});

describe("describeWait", () => {
  it("rounds up to whole minutes, never zero", () => {
    expect(describeWait(1)).toBe("1 minute");
    expect(describeWait(61)).toBe("2 minutes");
    expect(describeWait(900)).toBe("15 minutes");
  });
});
