import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSensitiveCipher } from "@/server/crypto/sensitive-cipher";
import { seedDemoData } from "@/server/db/seed/seed-demo-data";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { seedDemoRequests } from "./seed-demo-requests";

// Demo mode: the status links in the acknowledgements are signed with the demo secret (env.ts reads the environment on import).
vi.hoisted(() => {
  process.env.PRIVACY_CENTER_MODE = "demo";
});

const KEYS = `test-2026:${randomBytes(32).toString("base64")}`;
const NOW = new Date("2026-11-28T12:00:00.000Z");

describe.each(ENGINES)("the demo's requests on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  beforeAll(async () => {
    await seedDemoData(handle.db, NOW, { encryptionKeys: KEYS });
    await seedDemoRequests(handle.db, { cipher: createSensitiveCipher(KEYS), siteUrl: "http://localhost:3000", now: NOW });
  });

  it("are made and answered through the workflow: an answered copy, an open correction, a California request in progress", async () => {
    const rows = await handle.db
      .selectFrom("privacyRequests")
      .leftJoin("requestExports", "requestExports.requestId", "privacyRequests.id")
      .select(["privacyRequests.type", "privacyRequests.status", "privacyRequests.customerId", "privacyRequests.requestedByCustomerId", "requestExports.requestId as exported"])
      .orderBy("privacyRequests.receivedAt")
      .execute();
    expect(rows).toEqual([
      { type: "access", status: "completed", customerId: "demo-customer-alex", requestedByCustomerId: "demo-customer-alex", exported: expect.any(String) },
      { type: "california_privacy_rights", status: "in_progress", customerId: null, requestedByCustomerId: null, exported: null },
      { type: "correction", status: "received", customerId: "demo-customer-jordan", requestedByCustomerId: "demo-customer-jordan", exported: null },
    ]);
    // Each step told its requester: Alex three times (received, verified, copy ready), Jordan once, Casey three times.
    const emails = await handle.db.selectFrom("emailOutbox").select("toAddress").execute();
    const count = (address: string) => emails.filter((email) => email.toAddress === address).length;
    expect([count("alex.rivera@example.com"), count("jordan.lee@example.com"), count("casey.californian@example.com")]).toEqual([3, 1, 3]);
  });
});
