import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seedDemoData } from "@/server/db/seed/seed-demo-data";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { cpniNoticeNeeded } from "./cpni-approval";
import { readCpniFacts } from "./cpni";
import { listConsentHistory } from "./repository";
import { seedDemoChoices } from "./seed-demo-choices";

const KEYS = `test-2026:${randomBytes(32).toString("base64")}`;
const NOW = new Date("2026-11-28T12:00:00.000Z");

describe.each(ENGINES)("the demo customers' approval of notices by email on %s", (engine) => {
  const handle = testDatabaseFor(engine);

  it("is recorded as given at sign-up for Alex, under the policy then in force, and not for Jordan, whose CPNI notice must be posted", async () => {
    await seedDemoData(handle.db, NOW, { encryptionKeys: KEYS });
    await seedDemoChoices(handle.db);
    const alexSince = (await handle.db.selectFrom("accounts").select("createdAt").where("id", "=", "demo-customer-alex").executeTakeFirstOrThrow()).createdAt;
    expect(await listConsentHistory(handle.db, "demo-customer-alex")).toEqual([
      { id: expect.any(Number), choiceKey: "service-notices-by-email", oldValue: false, newValue: true, method: "sign_up", policyVersion: "2019-04-05", createdAt: alexSince },
    ]);
    expect(await listConsentHistory(handle.db, "demo-customer-jordan")).toEqual([]);
    expect(cpniNoticeNeeded(await readCpniFacts(handle.db, "demo-customer-alex"), NOW)).toBe("email");
    expect(cpniNoticeNeeded(await readCpniFacts(handle.db, "demo-customer-jordan"), NOW)).toBe("post");
  });
});
