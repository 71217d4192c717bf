import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { createSession, revokeSession } from "@/server/auth/session-store";
import { findProxySession } from "@/server/boundary";
import { entryPointDatabaseFor } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { readSecrets } from "@/server/env";
import { changeChoice } from "./service";
import { decideAdvertisingCookieForSession } from "./session-advertising-cookie";
import { createTestCustomer } from "./testing/create-test-customer";
import { heldCustomers as held } from "./testing/held-customers";

// Whose data a minor's report holds: here the test says.
vi.mock("@/features/minors", async () => (await import("@/features/preferences/testing/held-customers")).minorsModule());

const COOKIE = "authjs.session-token";

/** A browser's request to /account carrying the session cookie Auth.js would have set for this session row, and the advertising cookie. */
async function requestWithSession(sessionId: string, cookieName: string = COOKIE) {
  const token = await encode({ token: { sid: sessionId }, secret: readSecrets().authSecret, salt: cookieName });
  return new NextRequest("http://localhost/account", { headers: { cookie: `${cookieName}=${token}; pc-advertising=allowed` } });
}

describe.each(ENGINES)("whether this browser's customer may keep the advertising cookie (proxy.ts's question) on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  const moment = { now: new Date(), policyVersion: "2026-11-20" };
  const askFor = async (request: NextRequest) => {
    const session = await findProxySession(request);
    return session && decideAdvertisingCookieForSession(session);
  };

  it("keeps it while the choice is on and nothing holds it, and removes it once a minor's report holds the customer's data", async () => {
    const customerId = await createTestCustomer(handle.db, `ad-cookie-${engine}`);
    await changeChoice(handle.db, { customerId, choiceKey: "advertising-cookies", value: true, method: "dashboard" }, moment);
    const request = await requestWithSession(await createSession(handle.db, customerId));
    expect(await askFor(request)).toEqual({ action: "set", reason: "allowed" });

    held.add(customerId);
    expect(await askFor(request)).toEqual({ action: "remove", reason: "held" });
    held.delete(customerId);

    await changeChoice(handle.db, { customerId, choiceKey: "advertising-cookies", value: false, method: "dashboard" }, moment);
    expect(await askFor(request)).toEqual({ action: "remove", reason: "choice-off" });
  });

  it("knows nobody for a session that ended, a cookie that does not decode, or none at all", async () => {
    const customerId = await createTestCustomer(handle.db, `ad-cookie-ended-${engine}`);
    const sessionId = await createSession(handle.db, customerId);
    await revokeSession(handle.db, sessionId);
    expect(await askFor(await requestWithSession(sessionId))).toBeNull();
    expect(await askFor(new NextRequest("http://localhost/account", { headers: { cookie: `${COOKIE}=not-a-token; pc-advertising=allowed` } }))).toBeNull();
    expect(await askFor(new NextRequest("http://localhost/account", { headers: { cookie: "pc-advertising=allowed" } }))).toBeNull();
  });

  it("reads the secure cookie Auth.js sets over https", async () => {
    const customerId = await createTestCustomer(handle.db, `ad-cookie-secure-${engine}`);
    await changeChoice(handle.db, { customerId, choiceKey: "advertising-cookies", value: true, method: "dashboard" }, moment);
    const request = await requestWithSession(await createSession(handle.db, customerId), `__Secure-${COOKIE}`);
    expect(await askFor(request)).toEqual({ action: "set", reason: "allowed" });
  });
});
