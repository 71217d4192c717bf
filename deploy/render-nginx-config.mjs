#!/usr/bin/env node
// @ts-check
/**
 * Writes the shipped nginx configuration for one company from
 * deploy/nginx/privacy-center.conf.template: the site (privacy-center.conf,
 * for nginx's `http {}` block) and the edge's own pages (errors/). With
 * --standalone it also writes a whole nginx.conf around it, with its pid,
 * logs, temporary files and cache under one folder, so nginx runs as any user:
 * what the tests and the benches do (`nginx -p <dir> -c <dir>/nginx.conf -e <dir>/error.log`).
 *
 *   node deploy/render-nginx-config.mjs --out /etc/nginx/privacy-center \
 *     --server-name privacy.example.com \
 *     --certificate /etc/letsencrypt/live/privacy.example.com/fullchain.pem \
 *     --certificate-key /etc/letsencrypt/live/privacy.example.com/privkey.pem \
 *     --upstream 127.0.0.1:3000 --upstream 127.0.0.1:3001 \
 *     --build-dir /srv/privacy-center/current
 *
 * Every option can come from the environment instead (PRIVACY_CENTER_SERVER_NAME,
 * …_CERTIFICATE, …_CERTIFICATE_KEY, …_UPSTREAMS comma-separated, …_BUILD_DIR,
 * …_CACHE_DIR); `--help` lists them. deploy/README.md shows the whole set-up.
 *
 * The security headers of the edge's own answers (static files, its error
 * pages) are the app's (server/http/security-headers.js), read from there so
 * the two never drift apart.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** @type {{ policyWithScripts: (scriptSrc: string) => string, securityHeaders: { key: string, value: string }[] }} */
const appHeaders = require("../server/http/security-headers.js");

export const TEMPLATE_FILE = path.join(here, "nginx", "privacy-center.conf.template");
export const ERROR_PAGES_SOURCE = path.join(here, "nginx", "errors");

/**
 * Two years, every subdomain: the app's own value in production
 * (server/http/security-headers.js). Not "preload": see deploy/README.md.
 */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Request headers only Next.js (or this app) sets for itself, dropped at the
 * edge. Next.js 16 removes some itself (INTERNAL_HEADERS in
 * next/dist/server/lib/server-ipc/utils.js); the rest are its other internal
 * names (next/dist/lib/constants.js, server/base-server.js), names older
 * versions trusted (x-middleware-subrequest: CVE-2025-29927, GHSA-f82v-jwr5-mffw;
 * x-invoke-*: the router-to-render-worker headers of Next.js 13–14), and the
 * app's own (server/http/peer-address.ts, server/auth/request-path-header.ts,
 * proxy.ts's x-nonce).
 */
export const DROPPED_REQUEST_HEADERS = [
  "x-middleware-subrequest",
  "x-middleware-subrequest-id",
  "x-middleware-invoke",
  "x-middleware-next",
  "x-middleware-rewrite",
  "x-middleware-redirect",
  "x-middleware-refresh",
  "x-middleware-set-cookie",
  "x-middleware-skip",
  "x-middleware-override-headers",
  "x-middleware-prefetch",
  "x-middleware-cache",
  "x-nextjs-data",
  "x-nextjs-matched-path",
  "x-nextjs-rewrite",
  "x-nextjs-redirect",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-postponed",
  "x-nextjs-request-id",
  "x-nextjs-html-request-id",
  "x-nextjs-stale-time",
  "x-nextjs-deployment-id",
  "x-nextjs-rewritten-path",
  "x-nextjs-rewritten-query",
  "x-nextjs-action-not-found",
  "x-invoke-path",
  "x-invoke-query",
  "x-invoke-status",
  "x-invoke-error",
  "x-invoke-output",
  "x-now-route-matches",
  "x-matched-path",
  "x-prerender-revalidate",
  "x-prerender-revalidate-if-generated",
  "x-next-revalidated-tags",
  "x-next-revalidate-tag-token",
  "x-next-cache-tags",
  "x-next-resume-state-length",
  "next-resume",
  "x-action-forwarded",
  "x-vercel-protection-bypass",
  "x-privacy-center-peer",
  "x-privacy-center-path",
  "x-nonce",
];

/**
 * @typedef {object} NginxOptions
 * @property {string} serverName the public host name, e.g. privacy.example.com
 * @property {string} certificate path of the certificate chain (PEM)
 * @property {string} certificateKey path of its private key (PEM)
 * @property {string[]} upstreams the instances, host:port each
 * @property {string} buildDir the app's folder (its .next/static is served from disk)
 * @property {string} [cacheDir] the policy cache's folder (default /var/cache/nginx/privacy-center)
 * @property {string} [errorPagesDir] where the edge's pages are (default: errors/ beside the rendered config)
 * @property {string[]} [drain] instances (host:port, among `upstreams`) marked `down`: no new requests, as during a roll-out
 * @property {string[]} [httpsListen] `listen` addresses for HTTPS (default 443 and [::]:443)
 * @property {string[]} [httpListen] `listen` addresses for plain HTTP (default 80 and [::]:80)
 * @property {number} [publicPort] the HTTPS port browsers use (default 443; redirects and Host name it when not 443)
 * @property {string} [acmeChallengeDir] where ACME http-01 challenges are written (default /var/www/acme-challenge)
 * @property {string} [accessLog] an access_log value (default "/var/log/nginx/privacy-center.access.log privacy_center"; "off" for none)
 * @property {{ rate: string, burst: number }} [forms] POSTs to public forms per client address (default 10r/m, burst 10)
 * @property {{ rate: string, burst: number }} [signIn] sign-in and password-reset POSTs per client address (default 10r/m, burst 10)
 * @property {{ rate: string, burst: number }} [unsubscribe] one-click unsubscribe POSTs per client address (default 20r/s, burst 200)
 * @property {number} [maxFails] failed attempts before an instance is rested (default 2)
 * @property {string} [failTimeout] for how long (default 10s)
 */

/**
 * The `<style>` elements of an HTML page.
 * @param {string} html
 */
function stylesOf(html) {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "");
}

/** The Content-Security-Policy of the edge's own pages: nothing but their inline stylesheets (by hash, CSP3 §8.3). */
export function errorPagesPolicy(pages = readErrorPages()) {
  const hashes = new Set();
  for (const html of Object.values(pages)) {
    for (const style of stylesOf(html)) hashes.add(`'sha256-${createHash("sha256").update(style, "utf8").digest("base64")}'`);
  }
  return ["default-src 'none'", `style-src ${[...hashes].join(" ")}`, "img-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join("; ");
}

/** @returns {Record<string, string>} the edge's pages by file name */
export function readErrorPages() {
  return Object.fromEntries(
    fs.readdirSync(ERROR_PAGES_SOURCE).filter((name) => name.endsWith(".html")).map((name) => [name, fs.readFileSync(path.join(ERROR_PAGES_SOURCE, name), "utf8")]),
  );
}

/**
 * A value for an nginx string in double quotes: refuses what would break out of it.
 * @param {string} value
 * @param {string} what
 */
function quoted(value, what) {
  if (/["\\\n\r$]/.test(value)) throw new Error(`${what} must not contain quotes, backslashes, "$" or line breaks: ${value}`);
  return value;
}

/**
 * A bare nginx word (a path, a name).
 * @param {string | undefined} value
 * @param {string} what
 * @returns {string}
 */
function word(value, what) {
  if (typeof value !== "string" || value === "" || /[\s"'\\$;{}#]/.test(value)) throw new Error(`${what} must be one word without spaces, quotes, "$", ";", "#" or braces: ${JSON.stringify(value)}`);
  return value;
}

/**
 * @param {string} value
 * @param {string} what
 */
function rate(value, what) {
  if (!/^\d+r\/[sm]$/.test(value)) throw new Error(`${what} must be a rate such as 10r/m or 20r/s: ${value}`);
  return value;
}

/**
 * @param {number} value
 * @param {string} what
 */
function positive(value, what) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${what} must be a whole number: ${value}`);
  return String(value);
}

/**
 * The site configuration (for nginx's `http {}` block) for `options`.
 * @param {NginxOptions} options
 * @param {{ errorPagesDir: string }} where
 */
export function renderSite(options, { errorPagesDir }) {
  const serverName = word(options.serverName, "the server name");
  if (!/^[A-Za-z0-9.-]+$/.test(serverName)) throw new Error(`the server name must be a host name such as privacy.example.com: ${serverName}`);
  if (!options.upstreams?.length) throw new Error("at least one instance (upstream host:port) is needed");
  const publicPort = options.publicPort ?? 443;
  const publicHost = publicPort === 443 ? serverName : `${serverName}:${publicPort}`;
  const drain = new Set(options.drain ?? []);
  for (const address of drain) if (!options.upstreams.includes(address)) throw new Error(`cannot drain ${address}: it is not one of the instances (${options.upstreams.join(", ")})`);
  const maxFails = positive(options.maxFails ?? 2, "maxFails");
  const failTimeout = word(options.failTimeout ?? "10s", "failTimeout");
  const forms = options.forms ?? { rate: "10r/m", burst: 10 };
  const signIn = options.signIn ?? { rate: "10r/m", burst: 10 };
  const unsubscribe = options.unsubscribe ?? { rate: "20r/s", burst: 200 };
  /** @type {(lines: string[], spaces: number) => string} */
  const indent = (lines, spaces) => lines.map((line) => `${" ".repeat(spaces)}${line}`).join("\n");

  // Every header the app sends but HSTS (which the edge sends on all its answers) and the CSP (its own per answer).
  const edgeHeaders = appHeaders.securityHeaders
    .filter(({ key }) => !/^(strict-transport-security|content-security-policy)$/i.test(key))
    .map(({ key, value }) => `add_header ${word(key, "a header name")} "${quoted(value, key)}" always;`);
  edgeHeaders.push(`add_header Strict-Transport-Security "${HSTS}" always;`);

  const values = {
    UPSTREAM_SERVERS: indent(
      options.upstreams.map((address) => `server ${word(address, "an instance's address")} max_fails=${maxFails} fail_timeout=${failTimeout}${drain.has(address) ? " down" : ""};`),
      4,
    ),
    FORMS_RATE: rate(forms.rate, "the forms rate"),
    FORMS_BURST: positive(forms.burst, "the forms burst"),
    SIGN_IN_RATE: rate(signIn.rate, "the sign-in rate"),
    SIGN_IN_BURST: positive(signIn.burst, "the sign-in burst"),
    UNSUBSCRIBE_RATE: rate(unsubscribe.rate, "the unsubscribe rate"),
    UNSUBSCRIBE_BURST: positive(unsubscribe.burst, "the unsubscribe burst"),
    CACHE_DIR: word(options.cacheDir ?? "/var/cache/nginx/privacy-center", "the cache folder"),
    HTTP_LISTEN: indent((options.httpListen ?? ["80", "[::]:80"]).map((address) => `listen ${word(address, "a listen address")} default_server;`), 4),
    HTTPS_LISTEN: indent((options.httpsListen ?? ["443", "[::]:443"]).map((address) => `listen ${word(address, "a listen address")} ssl http2 default_server;`), 4),
    SERVER_NAME: serverName,
    PUBLIC_HOST: publicHost,
    PUBLIC_PORT: String(publicPort),
    ACCESS_LOG: options.accessLog === "off" ? "off" : (options.accessLog ?? "/var/log/nginx/privacy-center.access.log privacy_center"),
    ACME_CHALLENGE_DIR: word(options.acmeChallengeDir ?? "/var/www/acme-challenge", "the ACME challenge folder"),
    CERTIFICATE: word(options.certificate, "the certificate path"),
    CERTIFICATE_KEY: word(options.certificateKey, "the certificate key path"),
    HSTS,
    DROPPED_HEADERS: indent(DROPPED_REQUEST_HEADERS.map((name) => `proxy_set_header ${name.padEnd(36)} "";`), 4),
    NEXT_STATIC_DIR: word(path.join(path.resolve(options.buildDir), ".next", "static"), "the build folder"),
    EDGE_HEADERS: indent(edgeHeaders, 8),
    // The app's static policy (next.config.js sends it on its files) in production.
    STATIC_FILES_CSP: appHeaders.policyWithScripts("script-src 'self' 'unsafe-inline'"),
    ERROR_PAGES_DIR: word(path.resolve(errorPagesDir), "the error pages folder"),
    ERROR_PAGES_CSP: errorPagesPolicy(),
  };
  const template = fs.readFileSync(TEMPLATE_FILE, "utf8");
  return template.replace(/\$\{([A-Z_]+)\}/g, (_, name) => {
    if (!Object.hasOwn(values, name)) throw new Error(`the template names \${${name}}, which the renderer does not know`);
    return values[/** @type {keyof typeof values} */ (name)];
  });
}

/**
 * A whole nginx.conf around the site: foreground, one folder for everything it
 * writes. Run by root (CI), the workers run as nobody, so the folders they
 * write to are handed to nobody.
 * @param {{ dir: string, siteFile: string, workerProcesses?: number | "auto" }} options
 */
export function renderStandaloneMain({ dir, siteFile, workerProcesses = 1 }) {
  const temp = path.join(dir, "temp");
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return `# Written by deploy/render-nginx-config.mjs --standalone: nginx in the foreground, everything under ${dir}.
${asRoot ? "user nobody nogroup;\n" : ""}worker_processes ${workerProcesses};
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
    client_body_temp_path ${path.join(temp, "body")};
    proxy_temp_path ${path.join(temp, "proxy")};
    fastcgi_temp_path ${path.join(temp, "fastcgi")};
    uwsgi_temp_path ${path.join(temp, "uwsgi")};
    scgi_temp_path ${path.join(temp, "scgi")};
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    include ${siteFile};
}
`;
}

/**
 * Writes the configuration into `out`: privacy-center.conf and errors/; with
 * `standalone`, also nginx.conf and the folders it names (cache, temp, logs),
 * and returns the command line that runs it.
 * @param {NginxOptions & { out: string, standalone?: boolean, workerProcesses?: number | "auto" }} options
 */
export function writeNginxConfig(options) {
  const out = path.resolve(options.out);
  const errorPagesDir = options.errorPagesDir ?? path.join(out, "errors");
  const standalone = options.standalone ?? false;
  const cacheDir = options.cacheDir ?? (standalone ? path.join(out, "cache") : undefined);
  const acmeChallengeDir = options.acmeChallengeDir ?? (standalone ? path.join(out, "acme-challenge") : undefined);
  const accessLog = options.accessLog ?? (standalone ? `${path.join(out, "access.log")} privacy_center` : undefined);
  fs.mkdirSync(errorPagesDir, { recursive: true });
  for (const [name, html] of Object.entries(readErrorPages())) fs.writeFileSync(path.join(errorPagesDir, name), html, { mode: 0o644 });
  const siteFile = path.join(out, "privacy-center.conf");
  fs.writeFileSync(siteFile, renderSite({ ...options, cacheDir, acmeChallengeDir, accessLog }, { errorPagesDir }), { mode: 0o644 });
  if (!standalone) return { siteFile, errorPagesDir };

  const mainFile = path.join(out, "nginx.conf");
  fs.writeFileSync(mainFile, renderStandaloneMain({ dir: out, siteFile, workerProcesses: options.workerProcesses }), { mode: 0o644 });
  const writable = [path.join(out, "temp"), ...["body", "proxy", "fastcgi", "uwsgi", "scgi"].map((d) => path.join(out, "temp", d)), /** @type {string} */ (cacheDir)];
  for (const dir of [...writable, /** @type {string} */ (acmeChallengeDir)]) fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(out, 0o755);
  if (typeof process.getuid === "function" && process.getuid() === 0) {
    // The workers run as nobody (65534): they write the cache, the temporary files and the access log.
    for (const dir of writable) fs.chownSync(dir, 65534, 65534);
    // Made when missing, never emptied: rendering again (to drain an instance) must not lose the log's lines.
    fs.appendFileSync(path.join(out, "access.log"), "");
    fs.chownSync(path.join(out, "access.log"), 65534, 65534);
  }
  return { siteFile, errorPagesDir, mainFile, args: ["-p", out, "-c", mainFile, "-e", path.join(out, "error.log")] };
}

// --- command line ---------------------------------------------------------------------------------

const usage = `Usage: node deploy/render-nginx-config.mjs --out DIR [options]

  --server-name NAME       public host name                      (PRIVACY_CENTER_SERVER_NAME)
  --certificate FILE       certificate chain, PEM                (PRIVACY_CENTER_CERTIFICATE)
  --certificate-key FILE   its private key, PEM                  (PRIVACY_CENTER_CERTIFICATE_KEY)
  --upstream HOST:PORT     an instance; repeat for each          (PRIVACY_CENTER_UPSTREAMS, comma-separated)
  --build-dir DIR          the app's folder (has .next/static)   (PRIVACY_CENTER_BUILD_DIR)
  --cache-dir DIR          the policy cache                      (PRIVACY_CENTER_CACHE_DIR, default /var/cache/nginx/privacy-center)
  --drain HOST:PORT        mark an instance down (roll-outs); repeatable
  --https-listen ADDRESS   nginx's listen address for HTTPS; repeatable (default 443 and [::]:443)
  --http-listen ADDRESS    the same for plain HTTP, which only redirects (default 80 and [::]:80)
  --public-port PORT       the HTTPS port browsers use, when not 443
  --forms-rate R --forms-burst N, --sign-in-rate R --sign-in-burst N, --unsubscribe-rate R --unsubscribe-burst N
  --standalone             also write nginx.conf (pid, logs, temp, cache under --out) to run nginx as any user
`;

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      "server-name": { type: "string" },
      certificate: { type: "string" },
      "certificate-key": { type: "string" },
      upstream: { type: "string", multiple: true },
      "build-dir": { type: "string" },
      "cache-dir": { type: "string" },
      drain: { type: "string", multiple: true },
      "https-listen": { type: "string", multiple: true },
      "http-listen": { type: "string", multiple: true },
      "public-port": { type: "string" },
      "forms-rate": { type: "string" },
      "forms-burst": { type: "string" },
      "sign-in-rate": { type: "string" },
      "sign-in-burst": { type: "string" },
      "unsubscribe-rate": { type: "string" },
      "unsubscribe-burst": { type: "string" },
      standalone: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const env = process.env;
  const missing = [];
  /** @type {(value: string | undefined, flag: string) => string} */
  const need = (value, flag) => {
    if (!value) missing.push(flag);
    return value ?? "";
  };
  /** @type {(name: "forms" | "sign-in" | "unsubscribe", defaults: { rate: string, burst: number }) => { rate: string, burst: number }} */
  const limit = (name, defaults) => ({ rate: values[`${name}-rate`] ?? defaults.rate, burst: Number(values[`${name}-burst`] ?? defaults.burst) });
  const options = {
    out: need(values.out, "--out"),
    serverName: need(values["server-name"] ?? env.PRIVACY_CENTER_SERVER_NAME, "--server-name"),
    certificate: need(values.certificate ?? env.PRIVACY_CENTER_CERTIFICATE, "--certificate"),
    certificateKey: need(values["certificate-key"] ?? env.PRIVACY_CENTER_CERTIFICATE_KEY, "--certificate-key"),
    upstreams: values.upstream ?? (env.PRIVACY_CENTER_UPSTREAMS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    buildDir: need(values["build-dir"] ?? env.PRIVACY_CENTER_BUILD_DIR, "--build-dir"),
    cacheDir: values["cache-dir"] ?? env.PRIVACY_CENTER_CACHE_DIR,
    drain: values.drain ?? [],
    httpsListen: values["https-listen"],
    httpListen: values["http-listen"],
    publicPort: values["public-port"] === undefined ? undefined : Number(values["public-port"]),
    forms: limit("forms", { rate: "10r/m", burst: 10 }),
    signIn: limit("sign-in", { rate: "10r/m", burst: 10 }),
    unsubscribe: limit("unsubscribe", { rate: "20r/s", burst: 200 }),
    standalone: values.standalone ?? false,
  };
  if (options.upstreams.length === 0) missing.push("--upstream");
  if (missing.length) throw new Error(`missing ${missing.join(", ")}\n\n${usage}`);
  const written = writeNginxConfig(options);
  console.log(`Wrote ${written.siteFile} and the edge's pages in ${written.errorPagesDir}.`);
  if (written.args) console.log(`Run: nginx ${written.args.join(" ")}`);
  else console.log(`Include it inside nginx's http {} block (e.g. /etc/nginx/conf.d/privacy-center.conf: include ${written.siteFile};), then: nginx -t && systemctl reload nginx`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`render-nginx-config: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
