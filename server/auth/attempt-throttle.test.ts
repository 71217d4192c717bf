import { describe, expect, it } from "vitest";
import { createDatabase } from "../db/create-database";
import { ENGINES, testDatabaseFor } from "../db/testing/engines";
import { createAddressThrottle, createAttemptThrottle, describeWait, type ThrottleLimits } from "./attempt-throttle";
import { throttleStoreOf } from "./throttle-store";

describe.each(ENGINES)("the attempt throttle on %s", (engine) => {
  const handle = testDatabaseFor(engine);

  const limits = (name: string): ThrottleLimits => ({ name, perAccountAndAddress: 3, perAddress: 5, perAccount: 6, windowSeconds: 600 });
  const throttleNamed = (name: string) => createAttemptThrottle(limits(name), throttleStoreOf(handle));

  it("slows one address on one account after its allowance, and says how long to wait", async () => {
    const throttle = throttleNamed("pair");
    const subject = { account: "Someone@Example.com", address: "203.0.113.7" };
    for (let failure = 0; failure < 3; failure++) {
      expect(await throttle.retryAfterSeconds(subject)).toBe(0);
      await throttle.recordAttempt(subject);
    }
    const wait = await throttle.retryAfterSeconds({ account: "someone@example.com ", address: "203.0.113.7" });
    expect(wait).toBeGreaterThan(590);
    expect(wait).toBeLessThanOrEqual(600);
    // The same account from another address is not slowed: a stranger cannot lock the owner out.
    expect(await throttle.retryAfterSeconds({ account: "someone@example.com", address: "198.51.100.1" })).toBe(0);
  });

  it("refuses an address that fails across many accounts, and only that address", async () => {
    const throttle = throttleNamed("address");
    for (let n = 0; n < 5; n++) await throttle.recordAttempt({ account: `person${n}@example.com`, address: "203.0.113.9" });
    expect(await throttle.retryAfterSeconds({ account: "fresh@example.com", address: "203.0.113.9" })).toBeGreaterThan(0);
    expect(await throttle.retryAfterSeconds({ account: "fresh@example.com", address: "203.0.113.10" })).toBe(0);
  });

  it("refuses an account whose failures from many addresses reach its ceiling, until forgotten", async () => {
    const throttle = throttleNamed("ceiling");
    for (let n = 0; n < 6; n++) await throttle.recordAttempt({ account: "target@example.com", address: `203.0.113.${20 + n}` });
    expect(await throttle.retryAfterSeconds({ account: "target@example.com", address: "198.51.100.2" })).toBeGreaterThan(0);
    await throttle.forgetAccount("Target@example.com");
    expect(await throttle.retryAfterSeconds({ account: "target@example.com", address: "198.51.100.2" })).toBe(0);
  });

  it("after a success, forgets that address's count on the account, not the address's own", async () => {
    const throttle = createAttemptThrottle({ name: "forget", perAccountAndAddress: 2, perAddress: 3, perAccount: 50, windowSeconds: 600 }, throttleStoreOf(handle));
    const subject = { account: "a@example.com", address: "203.0.113.40" };
    await throttle.recordAttempt(subject);
    await throttle.recordAttempt(subject);
    expect(await throttle.retryAfterSeconds(subject)).toBeGreaterThan(0);
    await throttle.forgetSuccess({ account: "A@example.com", address: "203.0.113.40" });
    expect(await throttle.retryAfterSeconds(subject)).toBe(0);
    await throttle.recordAttempt(subject);
    expect(await throttle.retryAfterSeconds({ account: "b@example.com", address: "203.0.113.40" })).toBeGreaterThan(0);
  });

  it("keeps its counts in the database: another process, or this one after a restart, sees them", async () => {
    const first = throttleNamed("shared");
    const subject = { account: "shared@example.com", address: "203.0.113.50" };
    await first.recordAttempt(subject);
    await first.recordAttempt(subject);
    // A second connection to the same database stands for another process (or the next one after a restart).
    const other = createDatabase(handle.url);
    try {
      const second = createAttemptThrottle(limits("shared"), throttleStoreOf(other));
      expect(await second.retryAfterSeconds(subject)).toBe(0);
      await second.recordAttempt(subject);
      expect(await second.retryAfterSeconds(subject)).toBeGreaterThan(0);
      expect(await first.retryAfterSeconds(subject)).toBeGreaterThan(0);
    } finally {
      await other.db.destroy();
    }
  });

  it("limits a form without accounts per address", async () => {
    const throttle = createAddressThrottle({ name: "form", perAddress: 2, windowSeconds: 3600 }, throttleStoreOf(handle));
    await throttle.recordAttempt("unknown");
    await throttle.recordAttempt("unknown");
    expect(await throttle.retryAfterSeconds("unknown")).toBeGreaterThan(3500);
    expect(await throttle.retryAfterSeconds("203.0.113.60")).toBe(0);
  });
});

describe("describeWait", () => {
  it("rounds up to whole minutes, never zero", () => {
    expect(describeWait(1)).toBe("1 minute");
    expect(describeWait(61)).toBe("2 minutes");
    expect(describeWait(900)).toBe("15 minutes");
  });
});
