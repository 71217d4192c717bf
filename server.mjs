// @ts-check
/**
 * The production server (`npm start`, `npm run start:production`): Next.js's
 * own request handler, with the static policy site answered first, a request
 * id and an access line for every request, and a graceful stop.
 *
 * The public policy pages are files the build wrote
 * (features/policy/static-site): a browser opening one gets it from memory,
 * compressed, before Next.js's router runs at all, so the policy is the
 * fastest page the company has and works with no script. Everything else is
 * Next.js's, as under `next start` (proxy.ts, pages, actions, routes).
 * Decision record: docs/decisions/0020-the-policy-as-a-static-site.md.
 *
 * Logs are JSON lines (server/log/logger.mjs). Each request gets an id (the
 * proxy's X-Request-Id when it is a plain token, else a new one), echoed in
 * the answer's X-Request-Id and carried by AsyncLocalStorage to every line
 * logged while it is served. Next.js's own lines (its start-up banner, its
 * "⨯" errors) stay as it writes them: they are not ours to reshape.
 *
 * On SIGTERM or SIGINT: GET /api/ready answers 503 at once, no new connection
 * is taken, the requests in flight are answered to the end (keep-alive
 * connections are closed as they fall idle, and answers carry
 * `Connection: close`), then the background jobs stop (each waits for its run
 * under way; the outbox's batch included), then the database closes, and the
 * process exits 0. Whatever is still open after STOP_TIMEOUT_SECONDS (30 by
 * default) is named in a log line and the process exits 1. 30 s is what
 * Kubernetes gives before SIGKILL (terminationGracePeriodSeconds' default);
 * set it below the grace period of the process manager in use (systemd's
 * TimeoutStopSec is 90 s by default), so the exit and its line come first.
 *
 *   node server.mjs [--hostname 127.0.0.1] [--port 3000]   (or HOSTNAME, PORT; LOG_LEVEL, STOP_TIMEOUT_SECONDS)
 */
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";


const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
  allowPositionals: false,
});
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const port = Number(values.port ?? process.env.PORT ?? 3000);

const { logger, loggablePath, logLevelFrom, requestContext, requestIdFrom } = await import("./server/log/logger.mjs");
const { beginDraining, isDraining, stillStopping, stopEverything } = await import("./server/lifecycle.mjs");
/** STOP_TIMEOUT_SECONDS: a whole number of seconds from 1 to 300 (30 when unset). */
function stopLimitMs(value = "") {
  if (value.trim() === "") return 30_000;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300) throw new Error(`STOP_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 300; got "${value}".`);
  return seconds * 1000;
}

let stopAfterMs = 30_000;
try {
  logLevelFrom(process.env.LOG_LEVEL);
  stopAfterMs = stopLimitMs(process.env.STOP_TIMEOUT_SECONDS);
} catch (error) {
  // Before the logger can be trusted with its level: in plain words on stderr, as prepare-server's refusals were.
  console.error(`\nThe privacy center could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const log = logger();

// Imported once NODE_ENV is set: the headers and Next.js read it when they load.
const { default: next } = await import("next");
const { securityHeaders } = (await import("./server/http/security-headers.js")).default;
const { answerFromPolicySite, openPolicySite } = await import("./features/policy/static-site/policy-site.mjs");

const site = openPolicySite(path.resolve(process.env.POLICY_SITE_DIR ?? path.join(process.cwd(), ".next", "policy-site")));
if (!site) log.warn("No static policy site in this build (npm run build writes it): the app's own pages answer for the policy.");

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** The answers not yet finished, for `Connection: close` once a stop begins and for the log line of a stop that runs out of time. */
const inFlight = new Map(/** @type {[import("node:http").ServerResponse, string][]} */ ([]));

const server = createServer((request, response) => {
  const requestId = requestIdFrom(request.headers["x-request-id"]);
  // Next.js and the app read the same id the log shows.
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  if (isDraining()) response.setHeader("Connection", "close");
  const started = process.hrtime.bigint();
  const what = `${request.method} ${loggablePath(request.url)}`;
  inFlight.set(response, what);
  // For tracing a request that never ends (LOG_LEVEL=debug); the access line below says how each one ended.
  log.debug({ requestId, method: request.method, path: loggablePath(request.url) }, "request started");
  response.once("close", () => {
    inFlight.delete(response);
    // Method, path without its query, status, time, id: never a header's or a body's content.
    log.info(
      {
        requestId,
        method: request.method,
        path: loggablePath(request.url),
        status: response.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        ...(response.writableFinished ? {} : { aborted: true }),
      },
      "request",
    );
    // While stopping, a keep-alive connection whose answer just ended is idle: close it now.
    if (isDraining()) setImmediate(() => server.closeIdleConnections());
  });
  requestContext.run({ requestId }, () => {
    if (answerFromPolicySite(site, request, response, { headers: securityHeaders })) return;
    handle(request, response);
  });
});
// "Ready", as `next start` says it: e2e/support/check-server-log.ts looks for it (in this line's msg).
server.listen(port, hostname, () => log.info(`Ready: the privacy center on http://${hostname}:${port}`));

let stopping = false;

/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  const startedAt = Date.now();
  const since = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
  setTimeout(() => {
    const open = [
      ...(inFlight.size > 0 ? [`${inFlight.size} request(s) in flight (${[...inFlight.values()].slice(0, 5).join(", ")})`] : []),
      ...stillStopping(),
    ];
    log.error({ stillOpen: open }, `Stopping: gave up after ${stopAfterMs / 1000} s; still open: ${open.join("; ") || "nothing we track"}`);
    process.exit(1);
  }, stopAfterMs).unref();

  beginDraining();
  log.info(`Stopping (${signal}): /api/ready now answers 503; no new connections; ${inFlight.size} request(s) in flight`);
  for (const response of inFlight.keys()) if (!response.headersSent) response.setHeader("Connection", "close");
  await new Promise((resolve) => {
    // close() stops listening and, on Node ≥ 19, closes the idle keep-alive connections; it calls back once every connection has ended.
    server.close(resolve);
    server.closeIdleConnections();
  });
  log.info(`Stopping: every request answered (${since()}); stopping the background jobs`);
  await stopEverything(({ name, phase, error }) => {
    if (error) log.error({ err: error }, `Stopping: ${name} failed to stop`);
    else log.info(`Stopping: ${phase === "resources" ? "closed" : "stopped"} ${name} (${since()})`);
  });
  log.info(`Stopped cleanly in ${since()}`);
  process.exit(0);
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
