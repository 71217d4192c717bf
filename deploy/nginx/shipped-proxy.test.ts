import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "../../server/http/security-headers.js";
import { DROPPED_REQUEST_HEADERS, writeNginxConfig } from "../render-nginx-config.mjs";

/**
 * The shipped proxy (deploy/nginx) as it runs: Debian's nginx with the
 * rendered configuration, TLS with a certificate made here by the openssl
 * CLI, in front of small HTTP servers that stand in for two instances and
 * answer with what they received. Ports: instances 3200–3203 (and free ones), nginx 8440–8447.
 */

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const SERVER_NAME = "privacy.test";
const APP_HSTS = "max-age=63072000; includeSubDomains";

let workDir = "";
let certificate = "";
let certificateKey = "";
let buildDir = "";

beforeAll(() => {
  if (spawnSync(NGINX, ["-v"], { stdio: "ignore" }).status !== 0) {
    throw new Error(`nginx is not installed at ${NGINX}: install Debian's (apt-get install -y nginx; .ci/run does it in CI) or set NGINX_PATH.`);
  }
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "shipped-proxy-test-"));
  fs.chmodSync(workDir, 0o755); // nginx's workers run as nobody when the tests run as root
  certificate = path.join(workDir, "cert.pem");
  certificateKey = path.join(workDir, "key.pem");
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
    "-subj", `/CN=${SERVER_NAME}`, "-addext", `subjectAltName=DNS:${SERVER_NAME}`, "-keyout", certificateKey, "-out", certificate,
  ], { stdio: "ignore" });
  // A build's static files, as `next build` leaves them in .next/static.
  buildDir = path.join(workDir, "build");
  fs.mkdirSync(path.join(buildDir, ".next", "static", "chunks"), { recursive: true });
  fs.writeFileSync(path.join(buildDir, ".next", "static", "chunks", "app-4f2c.js"), "console.log('chunk');\n".repeat(100));
  for (const dir of [buildDir, path.join(buildDir, ".next"), path.join(buildDir, ".next", "static"), path.join(buildDir, ".next", "static", "chunks")]) fs.chmodSync(dir, 0o755);
});

afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

// --- the stand-in instances -------------------------------------------------------------------------

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  peer: string | undefined;
}

interface Instance {
  name: string;
  port: number;
  seen: Seen[];
  /** When set, the instance drops the connection of a request to /hang-up without answering. */
  hangsUp: boolean;
  stop(): Promise<void>;
}

const policyHtml = "<!doctype html><title>Privacy policy</title><h1>Privacy policy</h1>";

async function startInstance(name: string, port: number): Promise<Instance> {
  const instance: Instance = { name, port, seen: [], hangsUp: false, stop: async () => {} };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      instance.seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, peer: request.socket.remoteAddress });
      const url = request.url ?? "/";
      if (url === "/hang-up" && instance.hangsUp) {
        request.socket.destroy();
        return;
      }
      // The app's headers, as next.config.js sends them on every answer (HSTS included, in production).
      for (const { key, value } of securityHeaders) response.setHeader(key, value);
      response.setHeader("Strict-Transport-Security", APP_HSTS);
      if (url.startsWith("/privacy")) {
        // As the static policy site answers (features/policy/static-site/policy-site.mjs), with a shorter freshness.
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'none'; style-src 'self'");
        response.setHeader("Cache-Control", "public, max-age=1");
        response.setHeader("ETag", '"policy-1"');
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(policyHtml);
        return;
      }
      response.setHeader("Content-Security-Policy", contentSecurityPolicy);
      response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      response.setHeader("Content-Type", "application/json");
      const answer = () => response.end(JSON.stringify({ instance: name, method: request.method, url, headers: request.headers, body: Buffer.concat(chunks).toString() }));
      if (url === "/slow") setTimeout(answer, 300);
      else answer();
    });
  });
  server.keepAliveTimeout = 5000; // Node's default, which the upstream keepalive_timeout stays under
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  instance.port = (server.address() as AddressInfo).port;
  instance.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return instance;
}

// --- the edge ---------------------------------------------------------------------------------------

interface Edge {
  httpsPort: number;
  httpPort: number;
  stop(): Promise<void>;
  log(): string;
}

async function startEdge(
  name: string,
  { httpPort, httpsPort, upstreams, forms, drain }: { httpPort: number; httpsPort: number; upstreams: Instance[]; forms?: { rate: string; burst: number }; drain?: Instance[] },
): Promise<Edge> {
  const out = path.join(workDir, name);
  const { args } = writeNginxConfig({
    out,
    standalone: true,
    serverName: SERVER_NAME,
    certificate,
    certificateKey,
    upstreams: upstreams.map((instance) => `127.0.0.1:${instance.port}`),
    buildDir,
    httpListen: [`127.0.0.1:${httpPort}`],
    httpsListen: [`127.0.0.1:${httpsPort}`],
    publicPort: httpsPort,
    forms,
    drain: drain?.map((instance) => `127.0.0.1:${instance.port}`),
  });
  let output = "";
  const child: ChildProcess = spawn(NGINX, args as string[], { stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const log = () => `${output}${fs.existsSync(path.join(out, "error.log")) ? fs.readFileSync(path.join(out, "error.log"), "utf8").slice(-4000) : ""}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited()) throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}): ${log()}`);
    try {
      await send(httpsPort, "/_next/static/chunks/app-4f2c.js");
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s: ${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    httpsPort,
    httpPort,
    log,
    async stop() {
      if (exited()) return;
      const done = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await done;
    },
  };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: string;
}

/** One HTTPS request to the edge, as a browser on privacy.test would send it (SNI and Host), on a new connection. */
function send(port: number, pathname: string, { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      { host: "127.0.0.1", port, servername: SERVER_NAME, ca: fs.readFileSync(certificate), method, path: pathname, agent: false, headers: { host: `${SERVER_NAME}:${port}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks).toString() }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.setTimeout(10_000, () => request.destroy(new Error("no answer within 10 s")));
    request.end(body);
  });
}

/** How many times a header appears in an answer. */
function count(answer: Answer, name: string): number {
  return answer.rawHeaders.filter((value, index) => index % 2 === 0 && value.toLowerCase() === name.toLowerCase()).length;
}

function expectEdgeSecurityHeaders(answer: Answer) {
  for (const { key, value } of securityHeaders) {
    if (key === "Strict-Transport-Security") continue;
    expect(answer.headers[key.toLowerCase()], key).toBe(value);
    expect(count(answer, key), key).toBe(1);
  }
  expect(answer.headers["strict-transport-security"]).toBe(APP_HSTS);
  expect(count(answer, "Strict-Transport-Security")).toBe(1);
  expect(count(answer, "Content-Security-Policy")).toBe(1);
  expect(answer.headers.server).toBe("nginx"); // server_tokens off: no version
}

// --- the tests --------------------------------------------------------------------------------------

describe("the shipped proxy in front of two instances", () => {
  let a: Instance;
  let b: Instance;
  let edge: Edge;

  beforeAll(async () => {
    a = await startInstance("a", 3200);
    b = await startInstance("b", 3201);
    edge = await startEdge("main", { httpPort: 8440, httpsPort: 8441, upstreams: [a, b] });
  });
  afterAll(async () => {
    await edge?.stop();
    await a?.stop();
    await b?.stop();
  });

  it("redirects plain HTTP to the same address on HTTPS with a 301, to the configured name only", async () => {
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get({ host: "127.0.0.1", port: edge.httpPort, path: "/privacy/versions?x=1", headers: { host: "evil.example" } }, resolve).on("error", reject);
    });
    answer.resume();
    expect(answer.statusCode).toBe(301);
    expect(answer.headers.location).toBe(`https://${SERVER_NAME}:${edge.httpsPort}/privacy/versions?x=1`);
  });

  it("sends HSTS once and passes the app's own security headers and CSP through, one of each", async () => {
    const answer = await send(edge.httpsPort, "/account");
    expect(answer.status).toBe(200);
    expectEdgeSecurityHeaders(answer);
    expect(answer.headers["content-security-policy"]).toBe(contentSecurityPolicy);
  });

  it("serves the build's static files from disk, immutable, with the app's headers", async () => {
    const answer = await send(edge.httpsPort, "/_next/static/chunks/app-4f2c.js", { headers: { "accept-encoding": "gzip" } });
    expect(answer.status).toBe(200);
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.headers["content-type"]).toBe("application/javascript");
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expectEdgeSecurityHeaders(answer);
    expect(a.seen.concat(b.seen).some((seen) => seen.url.startsWith("/_next/static/chunks/app-4f2c.js"))).toBe(false);
    // A name this build does not have goes to the instances (one still on the previous build).
    const missing = await send(edge.httpsPort, "/_next/static/chunks/older-build.js");
    expect(JSON.parse(missing.body).url).toBe("/_next/static/chunks/older-build.js");
  });

  it("drops the headers of Next.js's internals and keeps the app router's own", async () => {
    const forged: Record<string, string> = Object.fromEntries(DROPPED_REQUEST_HEADERS.map((name) => [name, "1"]));
    const answer = await send(edge.httpsPort, "/account/choices", {
      headers: {
        ...forged,
        "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
        "x-nextjs-data": "1",
        "x-invoke-path": "/admin",
        x_middleware_subrequest: "proxy",
        rsc: "1",
        "next-router-state-tree": "%5B%22%22%5D",
        "next-router-prefetch": "1",
        "next-router-segment-prefetch": "/_tree",
        "next-action": "7f00aa",
        "next-url": "/account",
      },
    });
    const received = JSON.parse(answer.body).headers as Record<string, string>;
    for (const name of [...DROPPED_REQUEST_HEADERS, "x-middleware-subrequest", "x-nextjs-data", "x-invoke-path", "x_middleware_subrequest"]) expect(received, name).not.toHaveProperty(name);
    expect(received).toMatchObject({
      rsc: "1",
      "next-router-state-tree": "%5B%22%22%5D",
      "next-router-prefetch": "1",
      "next-router-segment-prefetch": "/_tree",
      "next-action": "7f00aa",
      "next-url": "/account",
    });
  });

  it("sets X-Forwarded-For to the client's address, whatever the client claimed, and the host and scheme to its own", async () => {
    const answer = await send(edge.httpsPort, "/account", {
      headers: { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", forwarded: "for=203.0.113.9", host: "evil.example" },
    });
    const received = JSON.parse(answer.body).headers as Record<string, string>;
    expect(received["x-forwarded-for"]).toBe("127.0.0.1");
    expect(received["x-real-ip"]).toBe("127.0.0.1");
    expect(received["x-forwarded-proto"]).toBe("https");
    expect(received["x-forwarded-host"]).toBe(`${SERVER_NAME}:${edge.httpsPort}`);
    expect(received.host).toBe(`${SERVER_NAME}:${edge.httpsPort}`);
    expect(received).not.toHaveProperty("forwarded");
  });

  it("spreads requests over both instances (least connections)", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(edge.httpsPort, "/slow")));
    const served = answers.map((answer) => JSON.parse(answer.body).instance as string);
    expect(new Set(served)).toEqual(new Set(["a", "b"]));
    // Least connections: with eight at once, neither instance takes them all but one or two.
    expect(Math.min(served.filter((s) => s === "a").length, served.filter((s) => s === "b").length)).toBeGreaterThanOrEqual(3);
  });

  it("caches a policy page by encoding, and never a router request", async () => {
    const first = await send(edge.httpsPort, "/privacy/versions", { headers: { "accept-encoding": "br, gzip" } });
    const second = await send(edge.httpsPort, "/privacy/versions", { headers: { "accept-encoding": "br, gzip" } });
    expect(first.headers["x-cache-status"]).toBe("MISS");
    expect(second.headers["x-cache-status"]).toBe("HIT");
    expect(second.body).toBe(policyHtml);
    // The app's static-site CSP, not a second one.
    expect(count(second, "Content-Security-Policy")).toBe(1);
    expect(second.headers["content-security-policy"]).toContain("default-src 'none'");
    const other = await send(edge.httpsPort, "/privacy/versions", { headers: { "accept-encoding": "identity" } });
    expect(other.headers["x-cache-status"]).toBe("MISS");
    const rsc = await send(edge.httpsPort, "/privacy/versions", { headers: { rsc: "1", "sec-fetch-dest": "empty", "accept-encoding": "br, gzip" } });
    expect(rsc.headers["x-cache-status"]).toBe("BYPASS");
    const script = await send(edge.httpsPort, "/privacy/versions", { headers: { "sec-fetch-dest": "empty", "accept-encoding": "br, gzip" } });
    expect(script.headers["x-cache-status"]).toBe("BYPASS");
  });
});

describe("limits and retries at the edge", () => {
  let a: Instance;
  let b: Instance;
  let edge: Edge;

  beforeAll(async () => {
    a = await startInstance("a", 3202);
    b = await startInstance("b", 3203);
    edge = await startEdge("limits", { httpPort: 8442, httpsPort: 8443, upstreams: [a, b], forms: { rate: "10r/m", burst: 5 } });
  });
  afterAll(async () => {
    await edge?.stop();
    await a?.stop();
    await b?.stop();
  });

  it("answers a burst of form posts with 429 and a short page of its own, and leaves GETs alone", async () => {
    const before = a.seen.length + b.seen.length;
    const statuses: number[] = [];
    let refused: Answer | null = null;
    for (let i = 0; i < 12; i++) {
      const answer = await send(edge.httpsPort, "/report-a-minor", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `n=${i}` });
      statuses.push(answer.status);
      if (answer.status === 429) refused ??= answer;
    }
    // Burst 5 plus the one the rate allows at once: six through, the rest refused before reaching an instance.
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(6)).toEqual([429, 429, 429, 429, 429, 429]);
    expect(a.seen.length + b.seen.length - before).toBe(6);
    expect(refused?.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(refused?.body).toContain("Too many attempts");
    expect(refused?.headers["retry-after"]).toBe("30");
    const gets = await Promise.all(Array.from({ length: 10 }, () => send(edge.httpsPort, "/report-a-minor")));
    expect(gets.map((g) => g.status)).toEqual(Array(10).fill(200));
  });

  it("never sends a POST to the other instance when the first drops it; a GET it does resend", async () => {
    a.hangsUp = true;
    try {
      // Round robin among equals: within a few posts one lands on a, which drops it.
      let dropped: Answer | null = null;
      for (let i = 0; i < 4 && !dropped; i++) {
        const id = `post-${i}`;
        const answer = await send(edge.httpsPort, "/hang-up", { method: "POST", headers: { "x-test-id": id, "content-type": "text/plain" }, body: "once" });
        const onA = a.seen.filter((seen) => seen.headers["x-test-id"] === id).length;
        const onB = b.seen.filter((seen) => seen.headers["x-test-id"] === id).length;
        expect(onA + onB).toBe(1);
        if (onA === 1) {
          dropped = answer;
          expect(onB).toBe(0);
        }
      }
      expect(dropped?.status).toBe(502);
      expect(dropped?.body).toContain("not answering right now");

      const get = await send(edge.httpsPort, "/hang-up", { headers: { "x-test-id": "get" } });
      expect(get.status).toBe(200);
      expect(JSON.parse(get.body).instance).toBe("b");
    } finally {
      a.hangsUp = false;
    }
  });
});

describe("when no instance answers", () => {
  let a: Instance;
  let b: Instance;
  let edge: Edge;

  beforeAll(async () => {
    a = await startInstance("a", 0);
    b = await startInstance("b", 0);
    edge = await startEdge("down", { httpPort: 8444, httpsPort: 8445, upstreams: [a, b] });
  });
  afterAll(async () => {
    await edge?.stop();
  });

  it("serves a policy page seen before from the cache, stale, and a clean 502 page for everything else", async () => {
    const fresh = await send(edge.httpsPort, "/privacy", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(fresh.status).toBe(200);
    await a.stop();
    await b.stop();
    // The app said a second (max-age=1 here; a minute in the app): let it expire. nginx counts whole
    // seconds and an entry is fresh through the second it ends in, so that takes up to two.
    await new Promise((resolve) => setTimeout(resolve, 2500));

    const stale = await send(edge.httpsPort, "/privacy", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(stale.status).toBe(200);
    expect(stale.headers["x-cache-status"]).toBe("STALE");
    expect(stale.body).toBe(policyHtml);
    expect(count(stale, "Strict-Transport-Security")).toBe(1);

    const other = await send(edge.httpsPort, "/account");
    expect(other.status).toBe(502);
    expect(other.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(other.body).toContain("The privacy center is not answering right now");
    // Self-contained: no script, no external resource, and a policy that allows none.
    expect(other.body).not.toMatch(/<script|<link|src=|url\(|https?:\/\//i);
    expect(other.headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expectEdgeSecurityHeaders(other);

    const never = await send(edge.httpsPort, "/privacy/versions");
    expect(never.status).toBe(502);
  });
});

describe("a roll-out", () => {
  let a: Instance;
  let b: Instance;
  let edge: Edge;

  beforeAll(async () => {
    a = await startInstance("a", 0);
    b = await startInstance("b", 0);
    edge = await startEdge("drain", { httpPort: 8446, httpsPort: 8447, upstreams: [a, b], drain: [a] });
  });
  afterAll(async () => {
    await edge?.stop();
    await a?.stop();
    await b?.stop();
  });

  it("sends nothing to an instance rendered as drained (--drain), while it still runs", async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(edge.httpsPort, "/slow")));
    expect(answers.map((answer) => JSON.parse(answer.body).instance)).toEqual(Array(6).fill("b"));
    expect(a.seen).toEqual([]);
  });

  it("refuses to render what would not be a working configuration", () => {
    const base = { out: path.join(workDir, "refused"), serverName: SERVER_NAME, certificate, certificateKey, buildDir, upstreams: ["127.0.0.1:3000"] };
    expect(() => writeNginxConfig({ ...base, drain: ["127.0.0.1:3999"] })).toThrow(/cannot drain 127.0.0.1:3999/);
    expect(() => writeNginxConfig({ ...base, upstreams: [] })).toThrow(/at least one instance/);
    expect(() => writeNginxConfig({ ...base, serverName: "privacy.test; include /etc/passwd" })).toThrow(/server name/);
    expect(() => writeNginxConfig({ ...base, forms: { rate: "lots", burst: 1 } })).toThrow(/forms rate/);
  });
});
