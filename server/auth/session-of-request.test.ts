import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The site's secret as the demo has it, with an earlier one still accepted (a rotation under way); the
// module reads the environment when imported.
const EARLIER_SECRET = "an-earlier-auth-secret-from-before-the-rotation";
let readSecrets: typeof import("../env").readSecrets;
let sessionIdOfRequest: typeof import("./session-of-request").sessionIdOfRequest;
beforeAll(async () => {
  vi.stubEnv("PRIVACY_CENTER_MODE", "demo");
  vi.stubEnv("AUTH_SECRET_PREVIOUS", EARLIER_SECRET);
  vi.resetModules();
  ({ readSecrets } = await import("../env"));
  ({ sessionIdOfRequest } = await import("./session-of-request"));
});
afterAll(() => vi.unstubAllEnvs());

const NAME = "authjs.session-token";

async function cookieFor(sid: string, options: { name?: string; secret?: string; maxAge?: number } = {}) {
  const name = options.name ?? NAME;
  return encode({ token: { sid }, secret: options.secret ?? readSecrets().authSecret, salt: name, maxAge: options.maxAge ?? 3600 });
}

function requestWith(cookieHeader: string) {
  const headers = new Headers({ cookie: cookieHeader });
  const cookies = { getAll: () => cookieHeader.split(";").map((part) => ({ name: part.split("=", 1)[0]!.trim() })) };
  return { headers, cookies };
}

describe("the session a request's cookie names", () => {
  it("opens the site's own cookie, the first time and every time after", async () => {
    const token = await cookieFor("session-a");
    const request = requestWith(`pc-advertising=allowed; ${NAME}=${token}`);
    expect(await sessionIdOfRequest(request)).toBe("session-a");
    expect(await sessionIdOfRequest(request)).toBe("session-a");
  });

  it("tells different cookies apart, and believes no cookie altered or signed with another secret", async () => {
    const a = await cookieFor("session-b");
    const b = await cookieFor("session-c");
    expect(await sessionIdOfRequest(requestWith(`${NAME}=${a}`))).toBe("session-b");
    expect(await sessionIdOfRequest(requestWith(`${NAME}=${b}`))).toBe("session-c");
    const altered = `${a.slice(0, -4)}${a.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await sessionIdOfRequest(requestWith(`${NAME}=${altered}`))).toBeNull();
    const foreign = await cookieFor("session-d", { secret: "another secret, not the site's, long enough" });
    expect(await sessionIdOfRequest(requestWith(`${NAME}=${foreign}`))).toBeNull();
  });

  it("opens a cookie sealed with the earlier secret while a rotation accepts it", async () => {
    const sealedBefore = await cookieFor("session-g", { secret: EARLIER_SECRET });
    expect(await sessionIdOfRequest(requestWith(`${NAME}=${sealedBefore}`))).toBe("session-g");
  });

  it("does not take a cookie opened under one name as the other name's", async () => {
    const token = await cookieFor("session-e");
    expect(await sessionIdOfRequest(requestWith(`${NAME}=${token}`))).toBe("session-e");
    // The same value under the secure name is encrypted for another salt, so it does not open.
    expect(await sessionIdOfRequest(requestWith(`__Secure-${NAME}=${token}`))).toBeNull();
  });

  it("finds nothing without a session cookie, or once the cookie has expired", async () => {
    expect(await sessionIdOfRequest(requestWith("pc-advertising=allowed"))).toBeNull();
    const expired = await cookieFor("session-f", { maxAge: -60 });
    expect(await sessionIdOfRequest(requestWith(`${NAME}=${expired}`))).toBeNull();
  });
});
