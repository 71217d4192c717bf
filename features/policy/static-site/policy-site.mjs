// @ts-check
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import Negotiator from "negotiator";
import { policyDay } from "../policy-day.mjs";
import { dayInForce, FILE_TYPES, MANIFEST_FILE, POLICY_ASSETS_PATH } from "./policy-site-layout.mjs";

/**
 * The static pages allow no script at all, and nothing else they do not use:
 * their own stylesheet, its font and the icons, the compare form's GET, links. (`connect-src
 * 'self'` lets tools that fetch from the page's context, such as Lighthouse
 * reading /robots.txt, do so; with no script, the page itself connects to
 * nothing.)
 */
export const STATIC_POLICY_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The hashed stylesheet and font never change under their names; a page or the feed may
 * change at midnight of an effective day, so caches keep it a minute at most.
 */
const CACHE_CONTROL = { asset: "public, max-age=31536000, immutable", page: "public, max-age=60" };

/**
 * @typedef {object} PolicySiteFile
 * @property {Buffer} body
 * @property {{ br: Buffer, gzip: Buffer }} compressed the same bytes, compressed once when first read
 * @property {string} contentType
 * @property {string} etag
 * @property {string} cacheControl
 */

/**
 * @typedef {object} PolicySite
 * @property {(address: string, today: string) => PolicySiteFile | null} find The file for an address as the site reads on `today` (YYYY-MM-DD, UTC, as policy-timeline.ts counts), or null when the site has none.
 */

/**
 * The static policy site the build wrote (render-policy-site.tsx), read from
 * disk once per file and kept in memory, compressed: a few dozen small files.
 * Null when there is no site (`next dev`, or no build), in which case the
 * app's own pages answer.
 * @param {string} dir
 * @returns {PolicySite | null}
 */
export function openPolicySite(dir) {
  /** @type {import("./policy-site-layout.mjs").PolicySiteManifest} */
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8"));
  } catch {
    return null;
  }
  /** @type {Map<string, PolicySiteFile>} */
  const loaded = new Map();
  return {
    find(address, today) {
      const file = Object.hasOwn(manifest.files, address) ? manifest.files[address] : undefined;
      if (!file) return null;
      const day = dayInForce(manifest.days, today);
      const key = `${day}/${file}`;
      let found = loaded.get(key);
      if (!found) {
        const body = fs.readFileSync(path.join(dir, day, file));
        found = {
          body,
          compressed: { br: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }), gzip: gzipSync(body, { level: 9 }) },
          contentType: /** @type {string} */ (FILE_TYPES.find(({ extension }) => file.endsWith(extension))?.contentType),
          etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
          cacheControl: address.startsWith(`${POLICY_ASSETS_PATH}/`) ? CACHE_CONTROL.asset : CACHE_CONTROL.page,
        };
        loaded.set(key, found);
      }
      return found;
    },
  };
}

/**
 * Answers a request from the site when it asks for one of its files, and says
 * whether it did. A browser opening a policy page gets the file for the day:
 * plain HTML, no script. Left to the app (false): anything but GET and HEAD,
 * addresses the site does not have, and a script's own request
 * (`Sec-Fetch-Dest: empty`), which is the app's router fetching a page's React
 * Server Components payload for a client-side navigation; the app's page
 * answers that with the same content (features/policy/components/
 * policy-pages.tsx). Where a browser sends no Fetch Metadata (plain http to
 * another host), the router receives HTML instead of its payload and loads the
 * address as a document: the same page, one request later.
 *
 * @param {PolicySite | null} site
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {{ headers: readonly { key: string, value: string }[], now?: Date }} options the site's security headers (server/http/security-headers.js)
 */
export function answerFromPolicySite(site, request, response, { headers, now = new Date() }) {
  if (!site || (request.method !== "GET" && request.method !== "HEAD")) return false;
  if (request.headers["sec-fetch-dest"] === "empty") return false;
  const address = (request.url ?? "").split("?")[0] ?? "";
  // The day as the timeline counts it (policy-day.mjs), so this file and the app's pages and banner name the same version.
  const file = site.find(address, policyDay(now));
  if (!file) return false;

  for (const { key, value } of headers) response.setHeader(key, value);
  response.setHeader("Content-Security-Policy", STATIC_POLICY_CSP);
  response.setHeader("Content-Type", file.contentType);
  response.setHeader("Cache-Control", file.cacheControl);
  response.setHeader("ETag", file.etag);
  response.setHeader("Vary", "Accept-Encoding");
  if (request.headers["if-none-match"] === file.etag) {
    response.writeHead(304).end();
    return true;
  }
  // Of the encodings the browser accepts equally, ours in order of size.
  const encoding = new Negotiator(request).encoding(["br", "gzip", "identity"], { preferred: ["br", "gzip", "identity"] });
  const body = encoding === "br" ? file.compressed.br : encoding === "gzip" ? file.compressed.gzip : file.body;
  if (body !== file.body) response.setHeader("Content-Encoding", /** @type {string} */ (encoding));
  response.setHeader("Content-Length", body.length);
  response.writeHead(200).end(request.method === "HEAD" ? undefined : body);
  return true;
}
