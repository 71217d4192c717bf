import { describe, expect, it } from "vitest";
import { dataCategories } from "@/content/data-categories";
import { buildDataExport, dataExportFileName } from "./build-data-export";
import type { CustomerInventory } from "@/lib/inventory-types";

const inventory: CustomerInventory = {
  personal: { fullName: "A", email: "a@example.com", streetAddress: "1 Main St", city: "X", state: "NJ", postalCode: "07039", phone: "+1 973 555 0100", dateOfBirth: "1990-01-01", updatedAt: "2026-11-01T00:00:00.000Z" },
  sensitive: [{ kind: "ssn", label: "Social Security number", masked: "***-**-3456", spoken: "ending in 3456", addedAt: "2026-11-01T00:00:00.000Z" }],
  cpni: { services: [], billingPeriods: [], callRecordCount: 0, recentCalls: [] },
  storedCommunications: [],
  cookies: [],
  devices: [],
};

describe("buildDataExport", () => {
  const now = new Date("2026-11-28T23:59:59.000Z");
  const data = buildDataExport(inventory, dataCategories, { now, siteUrl: "https://privacy.example.com", policyVersion: "2026-11-20" });

  it("holds every category in order, with its policy section as an absolute link and the customer's records", () => {
    expect(data.categories.map((c) => c.id)).toEqual(dataCategories.map((c) => c.id));
    const cpni = data.categories.find((c) => c.id === "cpni")!;
    expect(cpni.policySection).toEqual({ title: "CPNI", url: "https://privacy.example.com/privacy#cpni" });
    expect(data.categories.find((c) => c.id === "sensitive-personal-information")!.records).toEqual([
      { kind: "ssn", label: "Social Security number", masked: "***-**-3456", addedAt: "2026-11-01T00:00:00.000Z" },
    ]);
    expect(data).toMatchObject({ generatedAt: now.toISOString(), policyVersion: "2026-11-20" });
  });

  it("names the file by the UTC day it was generated", () => {
    expect(dataExportFileName(now)).toBe("phone-com-privacy-data-2026-11-28.json");
  });
});
