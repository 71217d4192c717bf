import { type ChildProcess, spawn } from "node:child_process";
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import BetterSqlite3 from "better-sqlite3";
import { demoCustomers } from "../server/db/seed/demo-people";

/**
 * SIGTERM on the production server (server.mjs), as a process manager or a
 * rolling deploy sends it, while a request is in flight.
 *
 * The server here is one of this test's own (its own port, database and
 * AUTH_SECRET), since it is stopped. The request in flight is a one-click
 * unsubscribe POST (RFC 8058) whose body the test holds back: the route reads
 * the whole body before it answers, so the request stays open for as long as
 * the test likes, with no debug endpoint in the app. Its token is signed as the
 * app signs them (features/unsubscribe/unsubscribe-token.ts; bench/unsubscribe.mjs
 * does the same) for a recipient row the test adds for Alex.
 */

// Ports and databases of these tests' own servers, beside the shared one's (playwright.config.ts).
const ports = { clean: Number(process.env.E2E_PORT ?? 3200) + 1, overdue: Number(process.env.E2E_PORT ?? 3200) + 2 };
let base = "";
let databaseFile = "";
const LIST = "promotional-email";
const SLOW_REQUEST_ID = "graceful-stop-slow-1";
const alex = demoCustomers[0]!;

function removeDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** A one-click token for a new recipient id of Alex's, signed with the server's key (HKDF of its AUTH_SECRET). */
function oneClickTokenForAlex(authSecret: string): string {
  const recipientId = randomBytes(16).toString("base64url");
  const db = new BetterSqlite3(databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("insert into mail_recipients (recipient_id, customer_id, created_at) values (?, ?, ?)").run(recipientId, alex.id, new Date().toISOString());
  } finally {
    db.close();
  }
  const key = Buffer.from(hkdfSync("sha256", authSecret, Buffer.alloc(0), "list-unsubscribe/v1", 32));
  return `${recipientId}.${LIST}.${createHmac("sha256", key).update(`v1.${recipientId}.${LIST}`).digest("base64url")}`;
}

/** Status and body of a GET, or the error's code (ECONNREFUSED) when there is no server to answer. */
function get(pathname: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    http
      .get(`${base}${pathname}`, { agent: false }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

interface OwnServer {
  process: ChildProcess;
  authSecret: string;
  stdout: () => string;
  /** The JSON lines it wrote so far, parsed. */
  lines: () => Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: OwnServer[] = [];

/** server.mjs in demo mode on a port and database of its own, once GET /api/ready answers 200 (it has migrated and seeded). */
async function startOwnServer(name: keyof typeof ports, env: Record<string, string> = {}): Promise<OwnServer> {
  base = `http://127.0.0.1:${ports[name]}`;
  databaseFile = path.resolve(`data/e2e-graceful-stop-${name}.db`);
  removeDatabase(databaseFile);
  const authSecret = randomBytes(32).toString("base64url");
  const child = spawn(process.execPath, ["server.mjs", "--hostname", "127.0.0.1", "--port", String(ports[name])], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRIVACY_CENTER_MODE: "demo", PRIVACY_CENTER_DEMO_ACKNOWLEDGED: "not-for-real-customers-data", POLICY_SITE_DIR: ".next/policy-site-demo", DATABASE_URL: `file:${databaseFile}`, SITE_URL: base, AUTH_SECRET: authSecret, LOG_LEVEL: "debug", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const server: OwnServer = {
    process: child,
    authSecret,
    stdout: () => stdout,
    lines: () =>
      stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal }))),
  };
  started.push(server);
  await expect(async () => {
    expect(child.exitCode, `the server exited early:\n${stdout}\n${stderr}`).toBeNull();
    expect(await get("/api/ready")).toEqual({ status: 200, body: '{"status":"ready"}' });
  }).toPass({ timeout: 60_000 });
  return server;
}

const ONE_CLICK_BODY = "List-Unsubscribe=One-Click";

/**
 * A one-click unsubscribe POST sent with half its body: the route is running,
 * waiting for the rest, once this resolves. `finish()` sends the rest.
 */
async function startSlowRequest(server: OwnServer, requestId: string) {
  const token = oneClickTokenForAlex(server.authSecret);
  const request = http.request(`${base}/api/unsubscribe/${token}`, {
    method: "POST",
    agent: false,
    headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(ONE_CLICK_BODY.length), "x-request-id": requestId },
  });
  const answered = new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
  request.write(ONE_CLICK_BODY.slice(0, 10));
  // The server has the request (its handler is running, waiting for the rest of the body) once it logs its start.
  await expect(() => expect(server.lines()).toContainEqual(expect.objectContaining({ msg: "request started", requestId, method: "POST" }))).toPass({ timeout: 20_000 });
  return { token, answered, finish: () => request.end(ONE_CLICK_BODY.slice(10)) };
}

test.describe("stopping the server", () => {
  test.afterAll(() => {
    // Only a server left running by a test that failed before it exited by itself.
    for (const server of started) if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill("SIGKILL");
    for (const name of Object.keys(ports)) removeDatabase(path.resolve(`data/e2e-graceful-stop-${name}.db`));
  });

  test("on SIGTERM it refuses new connections, answers the request in flight to the end, closes everything and exits 0, logging JSON lines", async () => {
    test.slow(); // Starts a server of its own (about 5 s on a quiet machine) on top of the shared one.
    const server = await startOwnServer("clean");

    // A line logged inside a route (a bundle of its own) carries the id server.mjs gave the request: here, the proxy's.
    await new Promise<void>((resolve, reject) =>
      http.get(`${base}/api/ready`, { agent: false, headers: { "x-request-id": "ready-probe-1" } }, (response) => response.resume().on("end", resolve)).on("error", reject),
    );
    expect(server.lines()).toContainEqual(expect.objectContaining({ level: "debug", msg: "Readiness: ready", requestId: "ready-probe-1" }));

    const slow = await startSlowRequest(server, SLOW_REQUEST_ID);
    server.process.kill("SIGTERM");
    await expect(() =>
      expect(server.lines()).toContainEqual(expect.objectContaining({ msg: "Stopping (SIGTERM): /api/ready now answers 503; no new connections; 1 request(s) in flight" })),
    ).toPass({ timeout: 20_000 });
    // Nothing new is taken: the port no longer accepts connections.
    expect(await get("/api/ready")).toEqual({ error: "ECONNREFUSED" });

    // The request in flight is answered to the end, by a server that still has its database, and says it will close.
    slow.finish();
    const answer = await slow.answered;
    expect(answer).toMatchObject({ status: 200, text: "Unsubscribed: you will get no more “Promotional email from Phone.com”.\n" });
    expect(answer.headers["x-request-id"]).toBe(SLOW_REQUEST_ID);
    expect(answer.headers.connection).toBe("close");

    // Then it closes everything and exits 0.
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const lines = server.lines();
    const messages = lines.map((line) => line.msg);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Ready: the privacy center on http:\/\/127\.0\.0\.1:\d+$/),
        expect.stringMatching(/^Stopping: every request answered/),
        expect.stringMatching(/^Stopping: stopped policy notices/),
        expect.stringMatching(/^Stopping: stopped minor reports retention/),
        expect.stringMatching(/^Stopping: stopped planner statistics/),
        expect.stringMatching(/^Stopping: closed database/),
        expect.stringMatching(/^Stopped cleanly in /),
      ]),
    );
    // The database closes last, after the jobs that use it.
    const stopLines = messages.filter((message) => typeof message === "string" && message.startsWith("Stopping: "));
    expect(stopLines.at(-1)).toMatch(/^Stopping: closed database/);

    // Every line the app writes is JSON; the only others are Next.js's own (its "✓ Running next.config.js took …", in its marks).
    const notJson = server.stdout().trim().split("\n").filter((line) => !line.startsWith("{"));
    // Next.js colours its marks.
    for (const line of notJson) expect(line.replace(/\x1b\[[0-9;]*m/g, "")).toMatch(/^\s*[✓▲⚠○]\s/);
    for (const line of lines) expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    // Each request has its access line with its id, no query and no token.
    expect(lines).toContainEqual(expect.objectContaining({ msg: "request", requestId: SLOW_REQUEST_ID, method: "POST", path: "/api/unsubscribe/[token]", status: 200 }));
    // The probes sent without an id got one of their own; the one sent with an id kept it.
    const readyChecks = lines.filter((line) => line.msg === "request" && line.path === "/api/ready");
    expect(readyChecks.filter((check) => check.requestId === "ready-probe-1")).toHaveLength(1);
    const madeHere = readyChecks.filter((check) => check.requestId !== "ready-probe-1");
    expect(madeHere.length).toBeGreaterThan(0);
    for (const check of madeHere) expect(check.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(server.stdout()).not.toContain(slow.token.split(".")[0]);

    // What the request did was kept: the choice is off in the database the server closed.
    const db = new BetterSqlite3(databaseFile, { readonly: true });
    try {
      const latest = db.prepare("select new_value from consent_records where customer_id = ? and choice_key = ? order by id desc limit 1").get(alex.id, LIST) as { new_value: number } | undefined;
      expect(latest?.new_value).toBe(0);
    } finally {
      db.close();
    }
  });

  test("a request that outlasts the stop's time limit: the process exits 1 and its last line names what was still open", async () => {
    test.slow(); // As above; the limit is set to 2 s here (STOP_TIMEOUT_SECONDS), 30 s by default.
    const server = await startOwnServer("overdue", { STOP_TIMEOUT_SECONDS: "2" });
    const slow = await startSlowRequest(server, "never-finished-1");
    const outcome = slow.answered.then(
      () => "answered",
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    );
    server.process.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 1, signal: null });
    // The client whose body never came sees its connection end, without an answer.
    expect(await outcome).toBe("ECONNRESET");
    const last = server.lines().at(-1);
    expect(last).toMatchObject({
      level: "error",
      msg: "Stopping: gave up after 2 s; still open: 1 request(s) in flight (POST /api/unsubscribe/[token])",
      stillOpen: ["1 request(s) in flight (POST /api/unsubscribe/[token])"],
    });
    expect(server.lines().map((line) => line.msg)).not.toContain("Stopping: every request answered");
  });
});
