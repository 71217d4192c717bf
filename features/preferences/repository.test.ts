import { describe, expect, it } from "vitest";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { listConsentHistory, listCurrentChoices, recordConsent, type RecordConsentInput } from "./repository";
import { createTestCustomer } from "./testing/create-test-customer";

describe.each(ENGINES)("consent records on %s", (engine) => {
  const handle = testDatabaseFor(engine);

  const record = (input: Omit<RecordConsentInput, "policyVersion" | "method"> & Partial<RecordConsentInput>) =>
    handle.db.transaction().execute((trx) => recordConsent(trx, { method: "dashboard", policyVersion: "2026-11-20", ...input }));

  it("reports every choice at its default before any record", async () => {
    const customerId = await createTestCustomer(handle.db, "defaults");
    const current = await listCurrentChoices(handle.db, customerId);
    expect(current.map(({ key, value, method, changedAt }) => [key, value, method, changedAt])).toEqual([
      ["promotional-email", true, "default", null],
      ["advertiser-promotions", true, "default", null],
      ["share-with-advertisers", true, "default", null],
      ["cpni-communications-offers", true, "default", null],
      ["cpni-other-uses", false, "default", null],
      ["service-notices-by-email", false, "default", null],
      ["advertising-cookies", true, "default", null],
    ]);
  });

  it("appends records in order, each with the value it replaced; the latest is the current value", async () => {
    const customerId = await createTestCustomer(handle.db, "appends");
    await record({ customerId, choiceKey: "promotional-email", newValue: false, now: new Date("2026-12-01T10:00:00Z") });
    await record({ customerId, choiceKey: "promotional-email", newValue: true, method: "administrator", now: new Date("2026-12-01T10:00:00Z") });
    await record({ customerId, choiceKey: "promotional-email", newValue: false, method: "email_link", now: new Date("2026-12-02T10:00:00Z") });
    await record({ customerId, choiceKey: "cpni-other-uses", newValue: true, policyVersion: "2019-04-05" });

    const history = await listConsentHistory(handle.db, customerId);
    expect(history.map(({ choiceKey, oldValue, newValue, method, policyVersion }) => [choiceKey, oldValue, newValue, method, policyVersion])).toEqual([
      ["cpni-other-uses", false, true, "dashboard", "2019-04-05"],
      ["promotional-email", true, false, "email_link", "2026-11-20"],
      ["promotional-email", false, true, "administrator", "2026-11-20"],
      ["promotional-email", true, false, "dashboard", "2026-11-20"],
    ]);
    // Newest first, by the ever-growing id, even when two records share a timestamp.
    expect(history.map((entry) => entry.id)).toEqual([...history.map((entry) => entry.id)].sort((a, b) => b - a));
    expect(history[1]!.createdAt).toBe("2026-12-02T10:00:00.000Z");

    const current = await listCurrentChoices(handle.db, customerId);
    expect(current.find((choice) => choice.key === "promotional-email")).toEqual({ key: "promotional-email", value: false, method: "email_link", changedAt: "2026-12-02T10:00:00.000Z" });
    expect(current.find((choice) => choice.key === "cpni-other-uses")?.value).toBe(true);
  });

  it("makes one record of a double submit, even when both arrive at once", async () => {
    const customerId = await createTestCustomer(handle.db, "double");
    const results = await Promise.all(Array.from({ length: 4 }, () => record({ customerId, choiceKey: "advertising-cookies", newValue: false })));
    expect(results.filter((result) => result !== null)).toHaveLength(1);
    expect(await record({ customerId, choiceKey: "advertising-cookies", newValue: false })).toBeNull();
    // Setting a choice to its default records nothing either.
    expect(await record({ customerId, choiceKey: "promotional-email", newValue: true })).toBeNull();
    expect(await listConsentHistory(handle.db, customerId)).toHaveLength(1);
  });

  it("keeps each customer's records apart", async () => {
    const alex = await createTestCustomer(handle.db, "apart-a");
    const jordan = await createTestCustomer(handle.db, "apart-b");
    await record({ customerId: alex, choiceKey: "share-with-advertisers", newValue: false });
    expect(await listConsentHistory(handle.db, jordan)).toEqual([]);
    expect((await listCurrentChoices(handle.db, jordan)).find((choice) => choice.key === "share-with-advertisers")?.value).toBe(true);
  });

  it("refuses to record consent for an account that is no customer", async () => {
    await expect(record({ customerId: "nobody", choiceKey: "promotional-email", newValue: false })).rejects.toThrow(/No customer/);
  });
});
