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

const port = Number(process.env.E2E_PORT ?? 3200) + 1;
const base = `http://127.0.0.1:${port}`;
const databaseFile = path.resolve("data/e2e-graceful-stop.db");
const LIST = "promotional-email";
const SLOW_REQUEST_ID = "graceful-stop-slow-1";
const alex = demoCustomers[0]!;

function removeDatabase() {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
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

test.describe("stopping the server", () => {
  let server: ChildProcess | undefined;
  test.afterAll(() => {
    // Only if the test failed before the server exited by itself.
    if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    removeDatabase();
  });

  test("on SIGTERM it refuses new connections, answers the request in flight to the end, closes everything and exits 0, logging JSON lines", async () => {
    test.slow(); // Starts a server of its own (about 5 s on a quiet machine) on top of the shared one.
    removeDatabase();
    const authSecret = randomBytes(32).toString("base64url");
    server = spawn(process.execPath, ["server.mjs", "--hostname", "127.0.0.1", "--port", String(port)], {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        PRIVACY_CENTER_MODE: "demo",
        DATABASE_URL: `file:${databaseFile}`,
        SITE_URL: base,
        AUTH_SECRET: authSecret,
        LOG_LEVEL: "debug",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    server.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    server.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => server!.once("exit", (code, signal) => resolve({ code, signal })));
    const ourLines = () =>
      stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>);

    // Ready once it has migrated and seeded: the readiness check answers 200 in the real process.
    await expect(async () => {
      expect(server!.exitCode, `the server exited early:\n${stdout}\n${stderr}`).toBeNull();
      expect(await get("/api/ready")).toEqual({ status: 200, body: '{"status":"ready"}' });
    }).toPass({ timeout: 60_000 });

    // A line logged inside a route (a bundle of its own) carries the id server.mjs gave the request: here, the proxy's.
    await new Promise<void>((resolve, reject) =>
      http.get(`${base}/api/ready`, { agent: false, headers: { "x-request-id": "ready-probe-1" } }, (response) => response.resume().on("end", resolve)).on("error", reject),
    );
    expect(ourLines()).toContainEqual(expect.objectContaining({ level: "debug", msg: "Readiness: ready", requestId: "ready-probe-1" }));

    // The slow request: headers and half the body now, the rest after SIGTERM.
    const token = oneClickTokenForAlex(authSecret);
    const body = "List-Unsubscribe=One-Click";
    const slow = http.request(`${base}/api/unsubscribe/${token}`, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(body.length), "x-request-id": SLOW_REQUEST_ID },
    });
    const answered = new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
      slow.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
        response.on("error", reject);
      });
      slow.on("error", reject);
    });
    slow.write(body.slice(0, 10));
    // The server has the request (its handler is running, waiting for the rest of the body) once it logs its start.
    await expect(() => expect(ourLines()).toContainEqual(expect.objectContaining({ msg: "request started", requestId: SLOW_REQUEST_ID, method: "POST" }))).toPass({ timeout: 20_000 });

    server.kill("SIGTERM");
    await expect(() =>
      expect(ourLines()).toContainEqual(expect.objectContaining({ msg: "Stopping (SIGTERM): /api/ready now answers 503; no new connections; 1 request(s) in flight" })),
    ).toPass({ timeout: 20_000 });
    // Nothing new is taken: the port no longer accepts connections.
    expect(await get("/api/ready")).toEqual({ error: "ECONNREFUSED" });

    // The request in flight is answered to the end, by a server that still has its database, and says it will close.
    slow.end(body.slice(10));
    const answer = await answered;
    expect(answer).toMatchObject({ status: 200, text: "Unsubscribed: you will get no more “Promotional email from Phone.com”.\n" });
    expect(answer.headers["x-request-id"]).toBe(SLOW_REQUEST_ID);
    expect(answer.headers.connection).toBe("close");

    // Then it closes everything and exits 0 (a stop that runs out its 30 s exits 1).
    expect(await exited).toEqual({ code: 0, signal: null });
    const lines = ourLines();
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
    // Each request has its access line with its id, no query and no token.
    const notJson = stdout.trim().split("\n").filter((line) => !line.startsWith("{"));
    for (const line of notJson) expect(line).toMatch(/^\s*[✓▲⚠○]\s/);
    for (const line of lines) expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    expect(lines).toContainEqual(expect.objectContaining({ msg: "request", requestId: SLOW_REQUEST_ID, method: "POST", path: "/api/unsubscribe/[token]", status: 200 }));
    const readyChecks = lines.filter((line) => line.msg === "request" && line.path === "/api/ready");
    expect(readyChecks.length).toBeGreaterThan(0);
    for (const check of readyChecks) expect(check.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(stdout).not.toContain(token.split(".")[0]);

    // What the request did was kept: the choice is off in the database the server closed.
    const db = new BetterSqlite3(databaseFile, { readonly: true });
    try {
      const latest = db.prepare("select new_value from consent_records where customer_id = ? and choice_key = ? order by id desc limit 1").get(alex.id, LIST) as { new_value: number } | undefined;
      expect(latest?.new_value).toBe(0);
    } finally {
      db.close();
    }
  });
});
