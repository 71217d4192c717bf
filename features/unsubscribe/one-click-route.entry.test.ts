import { describe, expect, it, vi } from "vitest";
import { getPolicyHistory } from "@/features/policy/policy-service";
import { listConsentHistory } from "@/features/preferences/repository";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { entryPointDatabaseFor } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { env } from "@/server/env";
import { handleOneClickGet, handleOneClickPost } from "./one-click-route";
import { sendPromotionalEmail, unsubscribeSettingsFor } from "./service";

// Demo mode: links are signed with the key derived from the demo AUTH_SECRET (env.ts reads the environment once, on import).
// The test's database; a public route never reads the session: asking for it fails the test.
vi.mock("@/server/auth/current-account", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).sessionNeverReadModule());

const context = (token: string) => ({ params: Promise.resolve({ token }) });
const post = (token: string, init: RequestInit = {}) =>
  handleOneClickPost(new Request(`http://localhost/api/unsubscribe/${token}`, { method: "POST", ...init }), context(token));
const oneClick = (token: string) =>
  post(token, { body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });

describe.each(ENGINES)("the one-click route on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);

  async function customerWithEmail(): Promise<{ customerId: string; token: string }> {
    const customerId = await insertTestCustomer(handle.db);
    await sendPromotionalEmail(handle.db, { customerId, list: "promotional-email", subject: "Offer", text: "Hi" }, new Date(), unsubscribeSettingsFor(env.SITE_URL));
    const row = await handle.db
      .selectFrom("emailOutbox")
      .innerJoin("accounts", "accounts.email", "emailOutbox.toAddress")
      .select("headersJson")
      .where("accounts.id", "=", customerId)
      .executeTakeFirstOrThrow();
    const url = /<(http[^>]+)>/.exec((JSON.parse(row.headersJson) as Record<string, string>)["List-Unsubscribe"]!)![1]!;
    return { customerId, token: url.split("/").at(-1)! };
  }

  it("answers 200 to List-Unsubscribe=One-Click, without cookies, and records the opt-out once", async () => {
    const { customerId, token } = await customerWithEmail();
    const response = await oneClick(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("Unsubscribed");
    expect((await oneClick(token)).status).toBe(200);
    const history = await listConsentHistory(handle.db, customerId);
    expect(history.map(({ choiceKey, newValue, method, policyVersion }) => ({ choiceKey, newValue, method, policyVersion }))).toEqual([
      { choiceKey: "promotional-email", newValue: false, method: "email_link", policyVersion: getPolicyHistory().current.version.id },
    ]);
  });

  it("takes the body as multipart, or form-urlencoded without a content type", async () => {
    const multipart = await customerWithEmail();
    const form = new FormData();
    form.append("List-Unsubscribe", "One-Click");
    expect((await post(multipart.token, { body: form })).status).toBe(200);
    const untyped = await customerWithEmail();
    expect((await post(untyped.token, { body: new Blob(["List-Unsubscribe=One-Click"]) })).status).toBe(200);
    for (const { customerId } of [multipart, untyped]) expect(await listConsentHistory(handle.db, customerId)).toHaveLength(1);
  });

  it("refuses with a 4xx, changing nothing, a POST without the one-click body, and a forged, altered or truncated token", async () => {
    const { customerId, token } = await customerWithEmail();
    const badBodies = [undefined, "", "List-Unsubscribe=Yes", "one-click", "List-Unsubscribe=One-Click".repeat(1000)];
    for (const body of badBodies) {
      expect((await post(token, { body, headers: { "content-type": "application/x-www-form-urlencoded" } })).status, String(body).slice(0, 30)).toBe(400);
    }
    expect((await post(token, { body: "{\"List-Unsubscribe\":\"One-Click\"}", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await post(token, { body: "--x\r\nbroken", headers: { "content-type": "multipart/form-data; boundary=x" } })).status).toBe(400);

    const altered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const bad of [altered, token.slice(0, -3), token.replace("promotional-email", "advertiser-promotions"), customerId, "%00", "a.b.c"]) {
      const response = await oneClick(bad);
      expect(response.status, bad).toBe(404);
    }
    expect(await listConsentHistory(handle.db, customerId)).toEqual([]);
  });

  it("sends a GET to the confirmation page, which asks first", async () => {
    const { customerId, token } = await customerWithEmail();
    const response = await handleOneClickGet(new Request(`http://localhost/api/unsubscribe/${token}`), context(token));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe/${token}`);
    expect(await listConsentHistory(handle.db, customerId)).toEqual([]);
  });
});
