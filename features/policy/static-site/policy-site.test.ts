import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePolicyVersion } from "../parse-policy-version";
import { policyMarkdown } from "../testing/policy-markdown";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { answerFromPolicySite, openPolicySite, type PolicySite } from "./policy-site.mjs";
import { renderPolicySite } from "./render-policy-site";

const version = (id: string, body: string) =>
  parsePolicyVersion(`${id}.md`, policyMarkdown({ id, published: id, effective: id, summary: `Version ${id}.` }, body));

const versions = [
  version("2020-01-01", "## Collection {#collection}\n\nWe collect your name.\n\n## Sharing {#sharing}\n\nWe share nothing.\n"),
  version("2021-06-01", "## Collection {#collection}\n\nWe collect your name and address.\n\n## Sharing {#sharing}\n\nWe share nothing.\n"),
];

let dir: string;
let site: PolicySite;
const text = (file: { body: Buffer } | null) => file?.body.toString("utf8") ?? "";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-site-"));
  renderPolicySite({ versions, outDir: dir, stylesheets: [{ name: "site-abc123.css", css: "@font-face{src:url(inter-4d5e.woff2)}body{color:black}", files: [{ name: "inter-4d5e.woff2", bytes: Buffer.from("wOF2font") }] }], icons: [{ address: "/icon.svg", bytes: Buffer.from("<svg/>") }], siteUrl: "https://privacy.example.com" });
  site = openPolicySite(dir)!;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the static policy site", () => {
  it("answers every policy page, both ways of every comparison and the feed, with no script anywhere", () => {
    const addresses = [
      "/privacy",
      "/privacy/versions",
      "/privacy/versions/2020-01-01",
      "/privacy/versions/2021-06-01",
      "/privacy/compare/2020-01-01...2021-06-01",
      "/privacy/compare/2021-06-01...2020-01-01",
      "/privacy/compare/2020-01-01...2021-06-01/changes",
    ];
    for (const address of addresses) {
      const page = site.find(address, "2021-07-01");
      expect(page?.contentType, address).toBe("text/html; charset=utf-8");
      expect(text(page), address).toMatch(/^<!DOCTYPE html><html lang="en">/);
      expect(text(page), address).not.toMatch(/<script|modulepreload|as="script"|\son[a-z]+=/i);
      expect(text(page), address).toContain('<link rel="stylesheet" href="/policy-assets/site-abc123.css"/>');
      // Only the icons the app has are linked.
      expect(text(page), address).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml"/>');
      expect(text(page), address).not.toContain("/favicon.ico");
    }
    expect(site.find("/icon.svg", "2021-07-01")?.contentType).toBe("image/svg+xml");
    expect(text(site.find("/privacy/feed.xml", "2021-07-01"))).toContain("https://privacy.example.com/privacy/versions/2021-06-01");
    expect(site.find("/privacy/feed.xml", "2021-07-01")?.contentType).toBe("application/atom+xml; charset=utf-8");
    expect(text(site.find("/policy-assets/site-abc123.css", "2021-07-01"))).toBe("@font-face{src:url(inter-4d5e.woff2)}body{color:black}");
  });

  it("has nothing for addresses that are not its pages, so the app answers them", () => {
    for (const address of ["/privacy/versions/1999-01-01", "/privacy/compare", "/privacy/compare/choose", "/account", "/privacy/", "/__proto__", "/constructor"]) {
      expect(site.find(address, "2021-07-01"), address).toBeNull();
    }
  });

  it("switches the version in force on its effective day, without a new build", () => {
    const inForce = (day: string) => text(site.find("/privacy", day));
    expect(inForce("2021-05-31")).toContain("We collect your name.");
    expect(inForce("2021-05-31")).toContain("2021-06-01");
    expect(inForce("2021-06-01")).toContain("We collect your name and address.");
    // Before the first effective day, the oldest version stands, as the app's timeline counts.
    expect(inForce("2019-01-01")).toContain("We collect your name.");
    // The history says which version is in force and which is upcoming, as of the day.
    expect(text(site.find("/privacy/versions", "2021-05-31"))).toMatch(/Upcoming/);
    expect(text(site.find("/privacy/versions", "2021-06-01"))).not.toMatch(/Upcoming/);
  });

  it("labels each file for caches: the stylesheet for good, pages for a minute, each with a tag of its bytes", () => {
    const before = site.find("/privacy", "2021-05-31")!;
    const after = site.find("/privacy", "2021-06-01")!;
    expect(before.etag).not.toBe(after.etag);
    expect(site.find("/privacy", "2021-05-30")!.etag).toBe(before.etag);
    expect(before.cacheControl).toBe("public, max-age=60");
    expect(site.find("/policy-assets/site-abc123.css", "2021-06-01")!.cacheControl).toContain("immutable");
  });

  it("holds the stylesheet's font beside it in every day's folder, as a font, kept for good", () => {
    for (const today of ["2020-01-01", "2021-06-01"]) {
      const font = site.find("/policy-assets/inter-4d5e.woff2", today)!;
      expect(font.body.toString("utf8")).toBe("wOF2font");
      expect(font.contentType).toBe("font/woff2");
      expect(font.cacheControl).toContain("immutable");
    }
    for (const day of ["2020-01-01", "2021-06-01"]) expect(fs.existsSync(path.join(dir, day, "policy-assets", "inter-4d5e.woff2"))).toBe(true);
  });

  it("a new render replaces its own earlier files, and leaves anything else in the folder alone", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "policy-site-again-"));
    fs.writeFileSync(path.join(folder, "not-ours.txt"), "keep me");
    renderPolicySite({ versions, outDir: folder, stylesheets: [], siteUrl: "https://privacy.example.com" });
    renderPolicySite({ versions: versions.slice(0, 1), outDir: folder, stylesheets: [], siteUrl: "https://privacy.example.com" });
    expect(fs.readdirSync(folder).sort()).toEqual(["2020-01-01", "manifest.json", "not-ours.txt"]);
    expect(openPolicySite(folder)!.find("/privacy/versions/2021-06-01", "2021-07-01")).toBeNull();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("is absent, not broken, where no build wrote it", () => {
    expect(openPolicySite(path.join(dir, "nowhere"))).toBeNull();
  });
});

describe("answering a request from the site", () => {
  let server: http.Server;
  let origin: string;
  const securityHeaders = [{ key: "X-Frame-Options", value: "DENY" }];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (answerFromPolicySite(site, request, response, { headers: securityHeaders, now: new Date("2021-07-01T12:00:00Z") })) return;
      response.writeHead(404).end("the app");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(address: string, headers: Record<string, string> = {}, method = "GET") {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const request = http.request(`${origin}${address}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on("error", reject);
      request.end();
    });
  }

  it("sends a page with its security headers and a policy that lets no script run, and its own font load", async () => {
    const page = await get("/privacy?utm=x");
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("script-src 'none'");
    expect(page.headers["content-security-policy"]).toContain("font-src 'self'");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.body.toString("utf8")).toContain("We collect your name and address.");
  });

  it("compresses as the browser asks, and confirms a copy it already has with a 304", async () => {
    const brotli = await get("/privacy", { "Accept-Encoding": "gzip, br" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(brotli.body).toString("utf8")).toContain("We collect your name and address.");
    const gzip = await get("/privacy", { "Accept-Encoding": "gzip" });
    expect(gunzipSync(gzip.body).toString("utf8")).toContain("We collect your name and address.");
    const again = await get("/privacy", { "If-None-Match": gzip.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body).toHaveLength(0);
    const head = await get("/privacy", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(1000);
  });

  it("leaves to the app what is not the site's: other methods, other addresses, and the app router's own fetches", async () => {
    expect((await get("/privacy", {}, "POST")).body.toString()).toBe("the app");
    expect((await get("/privacy/compare?from=a&to=b")).body.toString()).toBe("the app");
    expect((await get("/privacy", { "Sec-Fetch-Dest": "empty" })).body.toString()).toBe("the app");
    expect((await get("/privacy", { "Sec-Fetch-Dest": "document" })).status).toBe(200);
  });
});
