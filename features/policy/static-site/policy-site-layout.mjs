// @ts-check
/**
 * The static policy site's layout on disk, shared by the renderer (which
 * writes it at build time, render-policy-site.tsx) and the server that answers
 * from it (policy-site.mjs, run by server.mjs). Plain JavaScript, because
 * server.mjs runs as it is, without a build step.
 *
 *   <dir>/manifest.json              { days, files }
 *   <dir>/<day>/privacy/index.html   one whole site per day the policy changes
 *   <dir>/<day>/privacy/feed.xml
 *   <dir>/<day>/policy-assets/…      the stylesheet and the font it uses, in every day's folder
 *   <dir>/<day>/favicon.ico …        the icons
 */

export const MANIFEST_FILE = "manifest.json";

/** Where the static pages' stylesheet lives, under a name of its own so it never clashes with the app's files. */
export const POLICY_ASSETS_PATH = "/policy-assets";

/**
 * @typedef {object} PolicySiteManifest
 * @property {string[]} days The days from which the site reads differently, oldest first: each version's effective day, one folder each.
 * @property {Record<string, string>} files Each address the site answers, and its file inside a day's folder.
 * @property {"demo" | "production"} [mode] The mode the pages were rendered for: the demo's copy says so on every page.
 */

/**
 * Where the build writes the demo's copy of the site (every page with the demo
 * notice), beside the production one: `<dir>-demo`. A server in demo mode
 * serves that copy (docs/decisions/0021).
 * @param {string} dir
 */
export function demoSiteDir(dir) {
  return `${dir.replace(/[\\/]+$/, "")}-demo`;
}

/** The kinds of file the site holds. */
export const FILE_TYPES = [
  { extension: ".html", contentType: "text/html; charset=utf-8" },
  { extension: ".xml", contentType: "application/atom+xml; charset=utf-8" },
  { extension: ".css", contentType: "text/css; charset=utf-8" },
  { extension: ".ico", contentType: "image/x-icon" },
  { extension: ".svg", contentType: "image/svg+xml" },
  { extension: ".png", contentType: "image/png" },
  { extension: ".woff2", contentType: "font/woff2" },
];

/** The site's icons, at the addresses the app serves them (app/favicon.ico, app/icon.svg, app/apple-icon.png). */
export const ICONS = [
  { address: "/favicon.ico", rel: "icon", sizes: "any" },
  { address: "/icon.svg", rel: "icon", type: "image/svg+xml" },
  { address: "/apple-icon.png", rel: "apple-touch-icon" },
];

/**
 * A page's address becomes a folder with an index.html (the shape static hosts serve); a file's stays a file.
 * @param {string} address
 */
export function fileOfAddress(address) {
  const relative = address.replace(/^\/+/, "");
  return FILE_TYPES.some(({ extension }) => relative.endsWith(extension)) ? relative : `${relative}/index.html`;
}

/**
 * The folder in force on a day (YYYY-MM-DD, UTC): the last one begun by then.
 * Before the first effective day the first folder stands, as the timeline
 * counts the oldest version in force then (policy-timeline.ts buildTimeline).
 * @param {readonly string[]} days
 * @param {string} today
 */
export function dayInForce(days, today) {
  return days.filter((day) => day <= today).at(-1) ?? /** @type {string} */ (days[0]);
}
