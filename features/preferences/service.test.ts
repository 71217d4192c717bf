import { describe, expect, it } from "vitest";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { listConsentHistory } from "./repository";
import { answerGpcConflict, applyGlobalPrivacyControl, changeChoice, type ConsentMoment, getChoicesOverview } from "./service";
import { createTestCustomer } from "./testing/create-test-customer";

describe.each(ENGINES)("choices and Global Privacy Control on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  const moment: ConsentMoment = { now: new Date("2026-12-01T10:00:00Z"), policyVersion: "2026-11-20" };

  const gpcRecords = async (customerId: string) =>
    (await listConsentHistory(handle.db, customerId)).filter((entry) => entry.method === "gpc").map(({ choiceKey, oldValue, newValue }) => [choiceKey, oldValue, newValue]);

  it("changes a choice once, under the policy version in force, and shows it in the history", async () => {
    const customerId = await createTestCustomer(handle.db, "change");
    const first = await changeChoice(handle.db, { customerId, choiceKey: "promotional-email", value: false, method: "dashboard" }, moment);
    const again = await changeChoice(handle.db, { customerId, choiceKey: "promotional-email", value: false, method: "dashboard" }, moment);
    expect([first.changed, again.changed]).toEqual([true, false]);

    const overview = await getChoicesOverview(handle.db, customerId);
    expect(overview.choices.find((choice) => choice.key === "promotional-email")?.value).toBe(false);
    expect(overview.history).toHaveLength(1);
    expect(overview.history[0]).toMatchObject({ choiceKey: "promotional-email", oldValue: true, newValue: false, method: "dashboard", policyVersion: "2026-11-20" });
    // The page's values reach the change once its revision is the change's record.
    expect(first.revision).toBe(overview.history[0]!.id);
    expect(overview.revision).toBe(first.revision);
    expect(again.revision).toBe(0);
  });

  it("opts a customer out of sharing and advertising cookies, recording it once as GPC", async () => {
    const customerId = await createTestCustomer(handle.db, "gpc");
    expect(await applyGlobalPrivacyControl(handle.db, customerId, moment)).toEqual([
      { key: "share-with-advertisers", status: "turned-off" },
      { key: "advertising-cookies", status: "turned-off" },
    ]);
    // A reload with the signal, even several at once, adds nothing.
    await Promise.all([applyGlobalPrivacyControl(handle.db, customerId, moment), applyGlobalPrivacyControl(handle.db, customerId, moment)]);
    expect(await gpcRecords(customerId)).toEqual([
      ["advertising-cookies", true, false],
      ["share-with-advertisers", true, false],
    ]);
    const current = (await getChoicesOverview(handle.db, customerId)).choices;
    expect(current.filter((choice) => !choice.value).map((choice) => choice.key)).toEqual(["share-with-advertisers", "cpni-other-uses", "service-notices-by-email", "advertising-cookies"]);
  });

  it("leaves alone a choice the customer had already turned off", async () => {
    const customerId = await createTestCustomer(handle.db, "already-off");
    await changeChoice(handle.db, { customerId, choiceKey: "advertising-cookies", value: false, method: "dashboard" }, moment);
    expect(await applyGlobalPrivacyControl(handle.db, customerId, moment)).toEqual([
      { key: "share-with-advertisers", status: "turned-off" },
      { key: "advertising-cookies", status: "already-off" },
    ]);
    expect(await gpcRecords(customerId)).toEqual([["share-with-advertisers", true, false]]);
  });

  it("turns off a choice the customer had turned on on the dashboard, first, and then offers to turn it back on", async () => {
    const customerId = await createTestCustomer(handle.db, "opted-in-first");
    await changeChoice(handle.db, { customerId, choiceKey: "advertising-cookies", value: false, method: "dashboard" }, moment);
    await changeChoice(handle.db, { customerId, choiceKey: "advertising-cookies", value: true, method: "dashboard" }, moment);

    // §7025(c)(3): the signal is processed as an opt-out even against the opt-in; the conflict is reported.
    expect(await applyGlobalPrivacyControl(handle.db, customerId, moment)).toEqual([
      { key: "share-with-advertisers", status: "turned-off" },
      { key: "advertising-cookies", status: "conflict" },
    ]);
    const cookies = (await getChoicesOverview(handle.db, customerId)).choices.find((choice) => choice.key === "advertising-cookies");
    expect(cookies).toMatchObject({ value: false, method: "gpc" });
    // It stays a conflict, with nothing more recorded, until the customer answers.
    expect(await applyGlobalPrivacyControl(handle.db, customerId, moment)).toContainEqual({ key: "advertising-cookies", status: "conflict" });
    expect(await gpcRecords(customerId)).toEqual([
      ["advertising-cookies", true, false],
      ["share-with-advertisers", true, false],
    ]);
    // A choice that only had its default is no conflict: there is nothing to answer about it.
    expect(await answerGpcConflict(handle.db, { customerId, choiceKey: "share-with-advertisers", answer: "consent" }, moment)).toBe(false);

    // "Turn it back on": their new choice, recorded once with its own method; later signals leave it on.
    expect(await answerGpcConflict(handle.db, { customerId, choiceKey: "advertising-cookies", answer: "consent" }, moment)).toBe(true);
    expect(await answerGpcConflict(handle.db, { customerId, choiceKey: "advertising-cookies", answer: "consent" }, moment)).toBe(false);
    const [latest] = await listConsentHistory(handle.db, customerId);
    expect(latest).toMatchObject({ choiceKey: "advertising-cookies", oldValue: false, newValue: true, method: "gpc_consent" });
    expect(await applyGlobalPrivacyControl(handle.db, customerId, moment)).toContainEqual({ key: "advertising-cookies", status: "consented" });
    expect((await listConsentHistory(handle.db, customerId))[0]!.id).toBe(latest!.id);
  });

  it("records \"keep it off\" once, and asks no more", async () => {
    const customerId = await createTestCustomer(handle.db, "keep-off");
    await changeChoice(handle.db, { customerId, choiceKey: "share-with-advertisers", value: false, method: "dashboard" }, moment);
    await changeChoice(handle.db, { customerId, choiceKey: "share-with-advertisers", value: true, method: "dashboard" }, moment);
    expect(await applyGlobalPrivacyControl(handle.db, customerId, moment)).toContainEqual({ key: "share-with-advertisers", status: "conflict" });
    expect(await answerGpcConflict(handle.db, { customerId, choiceKey: "share-with-advertisers", answer: "keep-off" }, moment)).toBe(true);
    expect(await answerGpcConflict(handle.db, { customerId, choiceKey: "share-with-advertisers", answer: "keep-off" }, moment)).toBe(false);
    expect(await applyGlobalPrivacyControl(handle.db, customerId, moment)).toContainEqual({ key: "share-with-advertisers", status: "turned-off" });
    expect((await gpcRecords(customerId))[0]).toEqual(["share-with-advertisers", false, false]);

    // A dashboard opt-in made later, without the signal, is overridden by the next signal and asked about again.
    await changeChoice(handle.db, { customerId, choiceKey: "share-with-advertisers", value: true, method: "dashboard" }, moment);
    expect(await applyGlobalPrivacyControl(handle.db, customerId, moment)).toContainEqual({ key: "share-with-advertisers", status: "conflict" });
    expect((await gpcRecords(customerId))[0]).toEqual(["share-with-advertisers", true, false]);
  });
});
