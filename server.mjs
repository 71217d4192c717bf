// @ts-check
/**
 * The production server (`npm start`, `npm run start:production`): Next.js's
 * own request handler, with the static policy site answered first.
 *
 * The public policy pages are files the build wrote
 * (features/policy/static-site): a browser opening one gets it from memory,
 * compressed, before Next.js's router runs at all, so the policy is the
 * fastest page the company has and works with no script. Everything else is
 * Next.js's, as under `next start` (proxy.ts, pages, actions, routes).
 * Decision record: docs/decisions/0020-the-policy-as-a-static-site.md.
 *
 *   node server.mjs [--hostname 127.0.0.1] [--port 3000]   (or HOSTNAME, PORT)
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

// Imported once NODE_ENV is set: the headers and Next.js read it when they load.
const { default: next } = await import("next");
const { securityHeaders } = (await import("./server/http/security-headers.js")).default;
const { answerFromPolicySite, openPolicySite } = await import("./features/policy/static-site/policy-site.mjs");

const site = openPolicySite(path.resolve(process.env.POLICY_SITE_DIR ?? path.join(process.cwd(), ".next", "policy-site")));
if (!site) console.warn("No static policy site in this build (npm run build writes it): the app's own pages answer for the policy.");

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (answerFromPolicySite(site, request, response, { headers: securityHeaders })) return;
  handle(request, response);
});
// "Ready", as `next start` says it: e2e/support/check-server-log.ts looks for it.
server.listen(port, hostname, () => console.log(`Ready: the privacy center on http://${hostname}:${port}`));

/** Stop taking new connections, let requests in flight finish, then stop (at most 10 s). */
function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
