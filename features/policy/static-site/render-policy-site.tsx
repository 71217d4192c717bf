import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { feedHref } from "@/lib/policy-links";
import { buildPolicyFeed } from "../build-policy-feed";
import { buildRedline, type Redline } from "../build-redline";
import { listPolicyPages } from "../components/policy-pages";
import { historyAsOf, historyChangeDays } from "../policy-timeline";
import type { PolicyVersion } from "../policy-types";
import { fileOfAddress, MANIFEST_FILE, POLICY_ASSETS_PATH, type PolicySiteManifest } from "./policy-site-layout.mjs";
import { StaticPolicyPage } from "./static-policy-page";

/** A file the pages use as it is (an icon), at its address. */
export interface SiteFile {
  address: string;
  bytes: Buffer;
}

export interface Stylesheet {
  /** A file name that changes with its content (the build's own hashed name). */
  name: string;
  css: string;
  /**
   * The files it uses (the font), each under a name that changes with its content, which the CSS names
   * relative to itself (`url(name)`), so they sit beside it and it reads them from a static host or a folder alike.
   */
  files?: readonly { name: string; bytes: Buffer }[];
}

/**
 * Writes every public page of the policy, and its feed, as plain files with no
 * script: one folder per day from which the site reads differently (each
 * version's effective day; features/policy/policy-timeline.ts), each folder a
 * whole site a static host can serve as it is, stylesheet included. Which
 * folder is in force is decided when a page is asked for (policy-site.ts), so
 * a version takes over on its effective day without a new build.
 */
export function renderPolicySite({
  versions,
  outDir,
  stylesheets,
  icons = [],
  siteUrl,
  demo = false,
}: {
  versions: readonly PolicyVersion[];
  outDir: string;
  stylesheets: readonly Stylesheet[];
  /** The icons of ICONS (policy-site-layout.mjs) that exist; each is linked from every page. */
  icons?: readonly SiteFile[];
  siteUrl: string;
  /** The demo's copy: every page says it is a demo (components/layout/demo-notice.tsx). */
  demo?: boolean;
}): PolicySiteManifest {
  const redlines = new Map<string, Redline>();
  const redlineOf = (fromId: string, toId: string): Redline => {
    const key = `${fromId}...${toId}`;
    let redline = redlines.get(key);
    if (!redline) {
      const byId = (id: string) => versions.find((version) => version.id === id)!;
      redline = buildRedline(byId(fromId), byId(toId));
      redlines.set(key, redline);
    }
    return redline;
  };
  const stylesheetHrefs = stylesheets.map((sheet) => `${POLICY_ASSETS_PATH}/${sheet.name}`);

  removeEarlierSite(outDir);
  const days = historyChangeDays(versions);
  const files: Record<string, string> = {};
  for (const day of days) {
    const write = (address: string, text: string | Buffer) => {
      const file = fileOfAddress(address);
      files[address] = file;
      fs.mkdirSync(path.join(outDir, day, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(outDir, day, file), text);
    };
    const history = historyAsOf(versions, day);
    for (const page of listPolicyPages(history, redlineOf)) {
      const html = renderToStaticMarkup(<StaticPolicyPage page={page} stylesheets={stylesheetHrefs} icons={icons.map((icon) => icon.address)} demo={demo} />);
      write(page.path, `<!DOCTYPE html>${html}`);
    }
    write(feedHref, buildPolicyFeed(history.entries, siteUrl));
    stylesheets.forEach((sheet, index) => {
      write(stylesheetHrefs[index]!, sheet.css);
      for (const file of sheet.files ?? []) write(`${POLICY_ASSETS_PATH}/${file.name}`, file.bytes);
    });
    for (const icon of icons) write(icon.address, icon.bytes);
  }
  const manifest: PolicySiteManifest = { days, files, mode: demo ? "demo" : "production" };
  fs.writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Removes what an earlier render wrote in `outDir` (its manifest names its day folders), and nothing else:
 * POLICY_SITE_DIR may point anywhere, and a folder that holds no site is left as it is.
 */
function removeEarlierSite(outDir: string): void {
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  if (!fs.existsSync(manifestFile)) return;
  const earlier = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as PolicySiteManifest;
  for (const day of earlier.days) fs.rmSync(path.join(outDir, day), { recursive: true, force: true });
  fs.rmSync(manifestFile);
}
