import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { createLogger, loggablePath, type LogLevel, logLevelFrom, requestContext, requestIdFrom } from "./logger.mjs";

/** A logger writing into an array: each entry is the raw line and its parsed JSON. */
function capture(level: LogLevel = "info") {
  const lines: string[] = [];
  const log = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { log, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("the logger", () => {
  it("writes one JSON object per line, with a level name, an ISO time and the message", () => {
    const { log, lines, parsed } = capture();
    log.info("Ready: the privacy center on http://127.0.0.1:3000");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith("\n")).toBe(true);
    expect(parsed()[0]).toMatchObject({ level: "info", msg: "Ready: the privacy center on http://127.0.0.1:3000", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it("prints no email address, name, password, token or long number, wherever they are put", () => {
    const { log, lines } = capture();
    const secrets = {
      email: "casey.californian@example.com",
      name: "Casey Californian",
      password: "correct horse battery staple",
      token: "tok_9f8e7d6c5b4a",
      number: "123456789",
      ssn: "123-45-6789",
      card: "4111 1111 1111 1111",
    };
    log.info({ email: secrets.email, name: secrets.name, password: secrets.password, token: secrets.token }, `Signed in ${secrets.email} with account ${secrets.number}`);
    log.warn({ customer: { fullName: secrets.name, email: secrets.email, phone: "555 867 5309" } }, "a nested object");
    log.error({ note: `SSN ${secrets.ssn}, card ${secrets.card}` }, "strings in fields are scrubbed too");
    log.error(new Error(`Could not deliver to ${secrets.email}: account ${secrets.number}`));
    log.info("format arguments: %s and %s", secrets.email, secrets.card);

    const output = lines.join("");
    for (const [what, value] of Object.entries(secrets)) expect(output, what).not.toContain(value);
    expect(output).not.toContain("867 5309");
    expect(output.replace(/[\s-]/g, "")).not.toMatch(/\d{9,}/);
    // What is left still says what happened.
    expect(output).toContain("Signed in [email] with account [number]");
    expect(output).toContain('"password":"[redacted]"');
    expect(output).toContain("Could not deliver to [email]");
  });

  it("puts the id of the request being served on every line, through awaits, and none outside a request", async () => {
    const { log, parsed } = capture();
    await requestContext.run({ requestId: "req-1" }, async () => {
      log.info("before an await");
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.info("after an await");
    });
    await Promise.all([
      requestContext.run({ requestId: "req-2" }, async () => {
        await new Promise((resolve) => setImmediate(resolve));
        log.info("second");
      }),
      requestContext.run({ requestId: "req-3" }, async () => log.info("third")),
    ]);
    // A request id is kept whole, even one whose digits look like a long number to the scrub.
    log.info({ requestId: "79549c01-2345-6789-b72f-1e8bce49aa00", status: 200 }, "request");
    log.info("outside");
    const byMessage = Object.fromEntries(parsed().map((line) => [line.msg, line.requestId]));
    expect(byMessage).toEqual({ "before an await": "req-1", "after an await": "req-1", second: "req-2", third: "req-3", request: "79549c01-2345-6789-b72f-1e8bce49aa00", outside: undefined });
  });

  it("shares the request's id with every copy of the module in the process (server.mjs's and each route bundle's)", async () => {
    vi.resetModules();
    const bundlesCopy = await import("./logger.mjs");
    expect(bundlesCopy.createLogger).not.toBe(createLogger);
    const lines: string[] = [];
    const log = bundlesCopy.createLogger({ destination: { write: (line: string) => void lines.push(line) } });
    requestContext.run({ requestId: "set-by-server-mjs" }, () => log.info("logged inside a route"));
    expect(JSON.parse(lines[0]!)).toMatchObject({ requestId: "set-by-server-mjs", msg: "logged inside a route" });
  });

  it("drops lines below its level", () => {
    const { log, parsed } = capture("warn");
    log.info("not shown");
    log.warn("shown");
    expect(parsed().map((line) => line.msg)).toEqual(["shown"]);
  });
});

describe("LOG_LEVEL", () => {
  it("names one of pino's levels (info when unset), and anything else is refused in words", () => {
    expect(logLevelFrom(undefined)).toBe("info");
    expect(logLevelFrom("")).toBe("info");
    expect(logLevelFrom("debug")).toBe("debug");
    expect(logLevelFrom(" WARN ")).toBe("warn");
    expect(logLevelFrom("silent")).toBe("silent");
    expect(() => logLevelFrom("verbose")).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "verbose".');
  });

  // The process's logger, as server.mjs and the app get it, in a process of its own so the environment is its own.
  const run = (level: string | undefined) =>
    promisify(execFile)(
      process.execPath,
      ["--input-type=module", "-e", `const { logger } = await import(${JSON.stringify(path.join(import.meta.dirname, "logger.mjs"))}); logger().debug("a debug line"); logger().info("an info line"); logger().warn("a warning");`],
      { env: { PATH: process.env.PATH, NODE_ENV: "production", ...(level === undefined ? {} : { LOG_LEVEL: level }) } },
    );

  it("sets the level of the process's logger", async () => {
    const messages = async (level: string | undefined) => (await run(level)).stdout.trim().split("\n").map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(await messages(undefined)).toEqual(["an info line", "a warning"]);
    expect(await messages("debug")).toEqual(["a debug line", "an info line", "a warning"]);
    expect(await messages("warn")).toEqual(["a warning"]);
    expect((await run("silent")).stdout).toBe("");
  });
});

describe("a request's id and path in the log", () => {
  it("keeps the proxy's X-Request-Id when it is a plain token of at most 64 characters, and makes one otherwise", () => {
    expect(requestIdFrom("3f2a-b_9")).toBe("3f2a-b_9");
    expect(requestIdFrom(["from-proxy", "second"])).toBe("from-proxy");
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const unfit of [undefined, "", "a".repeat(65), "id with spaces", 'x"}\n{"level":"fatal"', "é"]) expect(requestIdFrom(unfit)).toMatch(uuid);
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });

  it("shows the path without its query string, unsubscribe token or anything personal", () => {
    expect(loggablePath("/reset-password?token=abcdef&email=a@example.com")).toBe("/reset-password");
    expect(loggablePath("/api/unsubscribe/v1.abcDEF_123-xyz")).toBe("/api/unsubscribe/[token]");
    expect(loggablePath("/unsubscribe/v1.abcDEF_123-xyz#top")).toBe("/unsubscribe/[token]");
    expect(loggablePath(`/some/${"x".repeat(41)}/thing`)).toBe("/some/[token]/thing");
    expect(loggablePath("/find/casey@example.com/123456789")).toBe("/find/[email]/[number]");
    expect(loggablePath("/find/casey%40example.com")).toBe("/find/[email]");
    expect(loggablePath("/account/requests/R-2026-0042")).toBe("/account/requests/R-2026-0042");
  });
});
