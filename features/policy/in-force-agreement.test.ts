import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { findPolicyChange } from "@/features/policy-banner/find-policy-change";
import { policyInForcePage } from "./components/policy-pages";
import { policyDay } from "./policy-day.mjs";
import { answerFromPolicySite, openPolicySite } from "./static-site/policy-site.mjs";
import { dayInForce } from "./static-site/policy-site-layout.mjs";
import { renderPolicySite } from "./static-site/render-policy-site";
import { loadPolicyVersions } from "./load-policy-versions";
import { policyMarkdown } from "./testing/policy-markdown";

/**
 * Issue 14: at any moment, the version the static site's server answers /privacy with, the version the
 * app's pages and the dashboard's banner take to be in force (the timeline, policy-service.ts), and the
 * day folder the site picks are the same one, on either side of an effective midnight, each read with
 * the clock it uses in production (new Date()).
 */
const OLD = "2025-06-01";
const NEW = "2026-01-15";
const before = new Date("2026-01-14T23:59:59.999Z");
const after = new Date("2026-01-15T00:00:00.000Z");

let contentDir: string;
let siteDir: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-content-"));
  fs.writeFileSync(path.join(contentDir, `${OLD}.md`), policyMarkdown({ id: OLD, published: OLD, effective: OLD, summary: "The first." }, "## Collection {#collection}\n\nWe collect your name.\n"));
  fs.writeFileSync(
    path.join(contentDir, `${NEW}.md`),
    policyMarkdown({ id: NEW, published: "2026-01-01", effective: NEW, material: true, summary: "Addresses too." }, "## Collection {#collection}\n\nWe collect your name and address.\n"),
  );
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-site-"));
  renderPolicySite({ versions: loadPolicyVersions(contentDir), outDir: siteDir, stylesheets: [{ name: "site-abc.css", css: "" }], siteUrl: "https://privacy.example.com" });
  const site = openPolicySite(siteDir);
  // server.mjs's handler: the site answers with its default clock, as in production.
  server = http.createServer((request, response) => {
    if (!answerFromPolicySite(site, request, response, { headers: [] })) response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.rmSync(siteDir, { recursive: true, force: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

/** What each consumer says is in force when the clock reads `moment`. */
async function inForceEverywhere(moment: Date) {
  vi.useFakeTimers({ toFake: ["Date"], now: moment });
  vi.stubEnv("POLICY_CONTENT_DIR", contentDir);
  vi.resetModules();
  const { getPolicyHistory } = await import("./policy-service");
  const history = getPolicyHistory();
  const versionOf = (text: string) => (text.includes("We collect your name and address.") ? NEW : text.includes("We collect your name.") ? OLD : "none");
  const manifest = JSON.parse(fs.readFileSync(path.join(siteDir, "manifest.json"), "utf8")) as { days: string[] };
  // A customer since before the new version who has dismissed nothing: the banner names the version in force, or nothing while theirs still is.
  const banner = findPolicyChange(history.entries, { seenVersionId: null, customerSince: "2025-07-01T00:00:00.000Z" });
  return {
    timeline: history.current.version.id,
    appPage: versionOf(renderToStaticMarkup(policyInForcePage(history).content)),
    banner: banner?.toId ?? OLD,
    staticDayFolder: dayInForce(manifest.days, policyDay(new Date())),
    staticSite: versionOf(await (await fetch(`${base}/privacy`)).text()),
  };
}

describe("the version in force, as every consumer reads it", () => {
  it("is the old one everywhere a millisecond before the new one's effective midnight (UTC)", async () => {
    expect(await inForceEverywhere(before)).toEqual({ timeline: OLD, appPage: OLD, banner: OLD, staticDayFolder: OLD, staticSite: OLD });
  });

  it("is the new one everywhere at that midnight", async () => {
    expect(await inForceEverywhere(after)).toEqual({ timeline: NEW, appPage: NEW, banner: NEW, staticDayFolder: NEW, staticSite: NEW });
  });

  it("does not depend on the process's time zone", async () => {
    // Date's local-time methods follow TZ; the policy's day is UTC's, on every instance wherever it runs.
    vi.stubEnv("TZ", "Pacific/Kiritimati");
    expect(await inForceEverywhere(before)).toMatchObject({ timeline: OLD, staticSite: OLD });
  });
});
