import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createSensitiveCipher } from "@/server/crypto/sensitive-cipher";
import { demoCustomers } from "@/server/db/seed/demo-people";
import { seedDemoData } from "@/server/db/seed/seed-demo-data";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import * as repository from "./repository";
import type { ContactDetails } from "./schemas";
import { applyContactCorrection, readCustomerInventory } from "./service";

const KEYS = `test-2026:${randomBytes(32).toString("base64")}`;
const NOW = new Date("2026-11-28T12:00:00.000Z");
const [alex, jordan] = demoCustomers;

/** Every way a sensitive value could leak: as stored, and with its separators removed. */
function plaintextForms(customer: (typeof demoCustomers)[number]): string[] {
  return Object.values(customer.sensitive).flatMap((value: string) => [value, value.replace(/[^A-Za-z0-9]/g, "")]);
}

describe.each(ENGINES)("the customer inventory on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  beforeAll(async () => {
    await seedDemoData(handle.db, NOW, { encryptionKeys: KEYS });
  });

  it("seeds once: a second run changes nothing", async () => {
    expect(await seedDemoData(handle.db, NOW, { encryptionKeys: KEYS })).toBe(false);
  });

  it("stores sensitive values encrypted under the current key, with a clear tail only where it is safe", async () => {
    const cipher = createSensitiveCipher(KEYS);
    const rows = await handle.db
      .selectFrom("sensitiveItems")
      .select(["kind", "keyId", "ciphertext", "lastFour"])
      .where("customerId", "=", alex.id)
      .execute();
    expect(rows).toHaveLength(Object.keys(alex.sensitive).length);
    for (const row of rows) {
      expect(row.keyId).toBe("test-2026");
      expect(cipher.open(row.keyId, row.ciphertext)).toBe(alex.sensitive[row.kind as keyof typeof alex.sensitive]);
    }
    expect(Object.fromEntries(rows.map((row) => [row.kind, row.lastFour]))).toMatchObject({ ssn: "3456", card_number: "1111", security_code: "", mothers_maiden_name: "" });
  });

  it("shows every category, sensitive values masked", async () => {
    const inventory = (await readCustomerInventory(handle.db, alex.id))!;
    expect(inventory.personal).toMatchObject({ fullName: "Alex Rivera", email: alex.email, state: "NJ", postalCode: "07039", dateOfBirth: "1984-06-12" });
    const masked = Object.fromEntries(inventory.sensitive.map((item) => [item.kind, item.masked]));
    expect(masked).toEqual({
      account_number: "••••0452",
      card_number: "•••• •••• •••• 1111",
      drivers_license: "••••4217",
      mothers_maiden_name: "•••• (on file, never shown)",
      security_code: "•••• (on file, never shown)",
      ssn: "***-**-3456",
    });
    expect(inventory.cpni.services.map((s) => s.serviceName)).toEqual(["Business VoIP", "Virtual fax line", "Toll-free number", "Call recording"]);
    expect(inventory.cpni.billingPeriods.map((p) => p.period)).toEqual(["2026-10", "2026-09", "2026-08", "2026-07", "2026-06", "2026-05"]);
    expect(inventory.cpni.callRecordCount).toBe(alex.callCount);
    expect(inventory.cpni.recentCalls).toHaveLength(10);
    const times = inventory.cpni.recentCalls.map((call) => call.startedAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const call of inventory.cpni.recentCalls) expect(call.otherParty).toMatch(/^•••-•••-01\d\d$/);
    expect(inventory.storedCommunications.map((s) => [s.kind, s.count])).toEqual(Object.entries(alex.communications));
    const voicemail = inventory.storedCommunications.find((s) => s.kind === "voicemail")!;
    expect(voicemail.totalBytes).toBeGreaterThan(0);
    expect(voicemail.oldest! <= voicemail.newest!).toBe(true);
    expect(inventory.cookies.map((c) => c.purpose).sort()).toEqual(["advertising", "preference", "security"]);
    expect(inventory.devices.map((d) => d.name)).toEqual(["Phone.com app for iOS", "Polycom VVX 450 desk phone", "Yealink T54W desk phone"]);
    expect(inventory.devices.find((d) => d.name.startsWith("Yealink"))!.valueHint).toBe("MAC ••:••:••:••:3F:A2");
  });

  it("says none rather than leaving a kind out", async () => {
    const inventory = (await readCustomerInventory(handle.db, jordan.id))!;
    expect(inventory.storedCommunications.find((s) => s.kind === "call_recording")).toEqual({
      kind: "call_recording",
      label: "Call recordings",
      count: 0,
      totalBytes: 0,
      oldest: null,
      newest: null,
    });
  });

  it("never carries a plaintext sensitive value, nor the ciphertext", async () => {
    for (const customer of demoCustomers) {
      const text = JSON.stringify(await readCustomerInventory(handle.db, customer.id));
      for (const plaintext of plaintextForms(customer)) expect(text).not.toContain(plaintext);
      expect(text).not.toMatch(/ciphertext|keyId/);
    }
  });

  it("scopes every query to one customer: Alex's inventory holds nothing of Jordan's", async () => {
    const alexText = JSON.stringify(await readCustomerInventory(handle.db, alex.id));
    for (const trace of [jordan.fullName, jordan.email, jordan.streetAddress, jordan.phone, "***-**-7654", "4444", "Android"]) {
      expect(alexText).not.toContain(trace);
    }
    expect((await readCustomerInventory(handle.db, jordan.id))!.cpni.callRecordCount).toBe(jordan.callCount);
  });

  it("returns nothing for an account without a customer record, or an unknown id", async () => {
    expect(await readCustomerInventory(handle.db, "demo-admin")).toBeNull();
    expect(await repository.listSensitiveItems(handle.db, "nobody")).toEqual([]);
    expect(await repository.countCallRecords(handle.db, "nobody")).toBe(0);
    expect(await repository.summarizeStoredCommunications(handle.db, "nobody")).toEqual([]);
  });

  describe("correcting contact details", () => {
    const corrected: ContactDetails = { fullName: "Alex J. Rivera", streetAddress: "7 Elm Court", city: "Montclair", state: "NJ", postalCode: "07042-1234", phone: "+1 973 555 0199" };
    const outboxFor = (email: string) =>
      handle.db.selectFrom("emailOutbox").select(["subject", "textBody", "category"]).where("toAddress", "=", email).execute();

    it("updates only the account's own record, and emails the old address of record a notice that reveals nothing new", async () => {
      const jordanBefore = await repository.findCustomerProfile(handle.db, jordan.id);
      const later = new Date(NOW.getTime() + 60_000);
      expect(await applyContactCorrection(handle.db, alex.id, corrected, later)).toEqual({ updated: true, notified: true });

      expect(await repository.findCustomerProfile(handle.db, alex.id)).toMatchObject({ ...corrected, dateOfBirth: alex.dateOfBirth, updatedAt: later.toISOString() });
      expect(await repository.findCustomerProfile(handle.db, jordan.id)).toEqual(jordanBefore);
      const [notice, ...others] = await outboxFor(alex.email);
      expect(others).toEqual([]);
      expect(notice).toMatchObject({ subject: "Your address of record was changed", category: "transactional" });
      for (const detail of ["7 Elm Court", "Montclair", "07042"]) expect(notice!.textBody).not.toContain(detail);
      expect(await outboxFor(jordan.email)).toEqual([]);
    });

    it("sends no notice when the postal address is unchanged", async () => {
      expect(await applyContactCorrection(handle.db, alex.id, { ...corrected, fullName: "Alex Rivera" }, NOW)).toEqual({ updated: true, notified: false });
      expect(await outboxFor(alex.email)).toHaveLength(1);
    });

    it("changes nothing for an account without a customer record", async () => {
      expect(await applyContactCorrection(handle.db, "demo-admin", corrected, NOW)).toEqual({ updated: false, notified: false });
    });
  });
});
