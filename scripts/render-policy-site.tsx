/**
 * After `next build`: writes the static policy site (every public policy page,
 * for every day the policy changes, and the feed) to POLICY_SITE_DIR (default
 * .next/policy-site), and the demo's copy of it beside it (<dir>-demo), with
 * the stylesheet the build made for the app's own policy page, so both look the same. `npm start` serves it
 * (features/policy/static-site/serve-policy-site.ts); so can any static host.
 */
import fs from "node:fs";
import path from "node:path";
import { loadPolicyVersions } from "../features/policy/load-policy-versions";
import { demoSiteDir, ICONS } from "../features/policy/static-site/policy-site-layout.mjs";
import { buildStylesheets } from "../features/policy/static-site/build-stylesheets";
import { renderPolicySite, type SiteFile } from "../features/policy/static-site/render-policy-site";

const root = process.cwd();
const contentDir = path.resolve(process.env.POLICY_CONTENT_DIR ?? path.join(root, "content", "policy"));
const outDir = path.resolve(process.env.POLICY_SITE_DIR ?? path.join(root, ".next", "policy-site"));
const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/** The app's icons (app/favicon.ico …), served by Next.js at the same addresses, so a static host has them too. */
function appIcons(): SiteFile[] {
  return ICONS.map(({ address }) => ({ address, file: path.join(root, "app", address.slice(1)) }))
    .filter(({ file }) => fs.existsSync(file))
    .map(({ address, file }) => ({ address, bytes: fs.readFileSync(file) }));
}

const versions = loadPolicyVersions(contentDir);
const stylesheets = buildStylesheets(root);
const icons = appIcons();
// Two copies: the one production serves, and the demo's, whose every page says it is a demo (docs/decisions/0021).
for (const [dir, demo] of [[outDir, false], [demoSiteDir(outDir), true]] as const) {
  const manifest = renderPolicySite({ versions, outDir: dir, stylesheets, icons, siteUrl, demo });
  console.log(`Static policy site${demo ? " (demo copy)" : ""}: ${Object.keys(manifest.files).length} files for each of ${manifest.days.length} days (${manifest.days.join(", ")}) in ${path.relative(root, dir)}.`);
}
