import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { newNonce, nonceContentSecurityPolicy, staticContentSecurityPolicy, takesNoncePolicy } from "./content-security-policy";

const directives = (policy: string) => new Map(policy.split(";").map((directive) => { const [name, ...sources] = directive.trim().split(/\s+/); return [name, sources]; }));

describe("newNonce", () => {
  it("is new for every request, and is base64 of 128 bits", () => {
    const nonces = Array.from({ length: 50 }, newNonce);
    expect(new Set(nonces).size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("nonceContentSecurityPolicy", () => {
  const nonce = newNonce();

  it("lets only scripts that carry this request's nonce run, and what they load", () => {
    const scriptSrc = directives(nonceContentSecurityPolicy(nonce)).get("script-src");
    expect(scriptSrc).toContain(`'nonce-${nonce}'`);
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  it("allows eval in development only, where React needs it", () => {
    expect(directives(nonceContentSecurityPolicy(nonce, { development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("keeps plugins, <base>, framing and form posts to elsewhere out", () => {
    const policy = directives(nonceContentSecurityPolicy(nonce));
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("is found by Next.js's own reading of the header, which puts the nonce on its scripts", async () => {
    const { getScriptNonceFromHeader } = await import("next/dist/server/app-render/get-script-nonce-from-header.js");
    expect(getScriptNonceFromHeader(nonceContentSecurityPolicy(nonce))).toBe(nonce);
  });

  it("refuses a nonce that is not base64 of enough bits, which could break out of the header", () => {
    expect(() => nonceContentSecurityPolicy("abc")).toThrow();
    expect(() => nonceContentSecurityPolicy(`${nonce}'; script-src *`)).toThrow();
  });
});

describe("takesNoncePolicy", () => {
  it.each(["/", "/account", "/account/choices", "/admin/requests/PC-1", "/report-a-minor", "/sign-in", "/privacy-something"])("is true for %s", (path) => {
    expect(takesNoncePolicy(path)).toBe(true);
  });

  it.each(["/privacy", "/privacy/versions", "/privacy/compare/2019-04-05...2026-11-20"])("is false for the policy page %s", (path) => {
    expect(takesNoncePolicy(path)).toBe(false);
  });

  it("excludes any other prefix it is given", () => {
    expect(takesNoncePolicy("/dev/mailbox", ["/dev"])).toBe(false);
    expect(takesNoncePolicy("/developers", ["/dev"])).toBe(true);
  });
});

describe("next.config.js", () => {
  it("sends the static policy, the same in every directive but scripts, on every answer the proxy gives no nonce", async () => {
    const config = createRequire(import.meta.url)("../../next.config.js");
    const rules: { source: string; headers: { key: string; value: string }[] }[] = await config.headers();
    const policies = rules.flatMap((rule) => rule.headers.filter((header) => header.key === "Content-Security-Policy").map((header) => ({ source: rule.source, value: header.value })));
    expect(policies).toEqual([{ source: "/:path*", value: staticContentSecurityPolicy({ development: process.env.NODE_ENV !== "production" }) }]);
  });
});
