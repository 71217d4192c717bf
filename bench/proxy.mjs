// `npm run bench:proxy`: requests per second through the shipped reverse proxy (deploy/nginx, TLS) for
// GET /privacy, GET /account (signed in as the demo customer Alex) and the one-click unsubscribe POST,
// with one and with two instances of the production server (server.mjs) behind it, next to nginx
// serving the /privacy HTML as a static file (TLS too) in the same run.
//
// The instances run in demo mode on one SQLite file (data/bench-proxy.db, made fresh each run): both
// instances share it, as they would share PostgreSQL. SQLite takes one writer at a time, so the POST
// row says more about the database than about the proxy. "One instance" is the proxy rendered with one
// upstream; "two", with both (least_conn). The machine's cores are shared by nginx, the instances and
// autocannon, so a second instance adds processes, not cores.
//
// The one-click POSTs come from one address (127.0.0.1) thousands of times a second, far over the
// edge's limit for that address (20 r/s, burst 200), so the proxy is rendered with that limit raised
// for the run; every other setting is the shipped one. Each POST carries a token for a different
// recipient (as bench/unsubscribe.mjs makes them); when the run outlasts the recipients the tokens
// repeat, which the app answers the same way (a repeated one-click is harmless).
//
// Run: `npm run bench:proxy` (builds first if needed). Env: BENCH_SECONDS (default 10 per load test),
// BENCH_PORT (default 3204: the instances on it and the next port), BENCH_NGINX_PORT (default 8446:
// the static nginx on it, the proxy on the next port), BENCH_RECIPIENTS (default 20,000),
// CHROMIUM_PATH (signing in). Prints a Markdown table and writes bench/results/proxy.json. Reports
// figures; fails only when it cannot run at all.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import https from 'node:https';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { load, percentile, warmUp } from './support/load.mjs';
import { removeDatabase, seedRecipients, unsubscribeKey, unsubscribeToken } from './support/recipients.mjs';
import { attempt, writeResults } from './support/results.mjs';
import { ensureBuild, nextServer, root } from './support/next-server.mjs';
import { nginxInstalled, staticNginx } from './support/nginx.mjs';
import { shippedProxy } from './support/shipped-proxy.mjs';
import { demoAlex } from './support/sign-in.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const appPort = Number(process.env.BENCH_PORT ?? 3204);
const nginxPort = Number(process.env.BENCH_NGINX_PORT ?? 8446);
const proxyPort = nginxPort + 1;
const recipientCount = Number(process.env.BENCH_RECIPIENTS ?? 20_000);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIST = 'promotional-email';
const proxyBase = `https://127.0.0.1:${proxyPort}`;
const databaseFile = join(root, 'data', 'bench-proxy.db');
// A secret of the run's own, so this script can sign one-click tokens as the app does (features/unsubscribe/unsubscribe-token.ts).
const authSecret = randomBytes(32).toString('base64url');
const unsubscribeLimitForTheRun = { rate: '100000r/s', burst: 100000 };

const env = {
  PRIVACY_CENTER_MODE: 'demo',
  DATABASE_URL: 'file:./data/bench-proxy.db',
  // The address browsers use: the proxy's. Auth.js and the links the app writes follow it.
  SITE_URL: proxyBase,
  AUTH_SECRET: authSecret,
  // One proxy in front that sets X-Forwarded-For (server/auth/client-address.ts).
  TRUSTED_PROXY_COUNT: '1',
};
const instances = [nextServer({ port: appPort, env }), nextServer({ port: appPort + 1, env })];

/** Customers with a mail recipient id each; returns their one-click tokens. */
function seedRecipientTokens() {
  const [recipientIds] = seedRecipients(databaseFile, [{ prefix: 'bench-proxy-', count: recipientCount }]);
  const key = unsubscribeKey(authSecret);
  return recipientIds.map((recipientId) => unsubscribeToken(key, recipientId, LIST));
}

/** Signs Alex in through the proxy in Chromium (which is told to accept the run's self-signed certificate); returns the Cookie header. */
async function signInThroughProxy() {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const context = await browser.newContext({ baseURL: proxyBase, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`/sign-in?next=${encodeURIComponent(demoAlex.landing)}`);
    await page.getByLabel(/^Email/).fill(demoAlex.email);
    await page.getByLabel(/^Password/).fill(demoAlex.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === demoAlex.landing, { timeout: 30_000 });
    return (await context.cookies(proxyBase)).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/** GET `url` over TLS without checking the certificate: status and body. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    https.get(url, { rejectUnauthorized: false, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** One-click POSTs from `connections` connections for `seconds` s, each to the next token's address. */
async function loadOneClick(base, tokens, connections) {
  let next = 0;
  const times = [];
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      setupRequest: (request) => ({ ...request, path: `/api/unsubscribe/${tokens[next++ % tokens.length]}` }),
    }],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const r = await instance;
  times.sort((a, b) => a - b);
  const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);
  return {
    url: '/api/unsubscribe/<token>',
    connections,
    seconds,
    requestsPerSecond: Math.round((r.requests.total / (r.duration || seconds)) * 10) / 10,
    latencyP50Ms: round(percentile(times, 0.5)),
    latencyP95Ms: round(percentile(times, 0.95)),
    responses: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    distinctTokens: Math.min(next, tokens.length),
  };
}

/** The three figures through a proxy in front of `upstreams`. */
async function throughProxy(upstreams, tokens, cookie) {
  const proxy = shippedProxy({ root, port: proxyPort, upstreams, limits: { unsubscribe: unsubscribeLimitForTheRun } });
  if (proxy.notMeasured) return { error: proxy.notMeasured };
  await proxy.start();
  try {
    const privacy = await attempt('/privacy', async () => {
      await warmUp(`${proxyBase}/privacy`);
      return load({ url: `${proxyBase}/privacy`, connections: 10, seconds });
    });
    const account = await attempt('/account', async () => {
      const page = await get(`${proxyBase}/account`, { cookie });
      if (page.status !== 200 || !page.body.includes('Alex')) throw new Error(`GET /account through the proxy answered ${page.status} without Alex's dashboard`);
      await warmUp(`${proxyBase}/account`, { Cookie: cookie });
      return load({ url: `${proxyBase}/account`, connections: 8, seconds, headers: { Cookie: cookie } });
    });
    const oneClick = await attempt('one-click unsubscribe', () => loadOneClick(proxyBase, tokens, 10));
    return { privacy, account, oneClick };
  } finally {
    await proxy.stop();
  }
}

// --- the table ------------------------------------------------------------------------------------

const number = (n) => Math.round(n).toLocaleString('en-US');
const failed = (r) => r?.error;
const cell = (r) => {
  if (!r) return '—';
  if (failed(r)) return `not measured: ${failed(r)}`;
  const problems = r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : '';
  return `${number(r.requestsPerSecond)} req/s, p50 ${r.latencyP50Ms} ms, p95 ${r.latencyP95Ms} ms${problems}`;
};

function markdownTable(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

function rows({ reference, one, two }) {
  const pick = (run, key) => (failed(run) ? run : run[key]);
  return [
    ['`GET /privacy` (10 connections; from the proxy\'s cache)', cell(pick(one, 'privacy')), cell(pick(two, 'privacy')), `${cell(reference)}: nginx, same HTML as a static file`],
    ['`GET /account` as Alex (8 connections)', cell(pick(one, 'account')), cell(pick(two, 'account')), '—'],
    ['one-click unsubscribe `POST` (10 connections)', cell(pick(one, 'oneClick')), cell(pick(two, 'oneClick')), '—'],
  ];
}

// --- the run --------------------------------------------------------------------------------------

try {
  ensureBuild();
  if (!nginxInstalled()) throw new Error('nginx is not installed (apt-get install -y nginx)');
  mkdirSync(join(root, 'data'), { recursive: true });
  removeDatabase(databaseFile);
  console.log('Migrating a fresh database (data/bench-proxy.db) and seeding recipients...');
  await instances[0].start();
  await instances[0].stop();
  const tokens = seedRecipientTokens();
  for (const instance of instances) await instance.start();

  const started = new Date();
  const loadBefore = loadavg()[0];
  console.log(`Measuring through ${proxyBase} (${seconds} s per load test)...`);

  // Signing in goes through the proxy, so the cookie is the one browsers get there (__Secure-, over https).
  const signIn = shippedProxy({ root, port: proxyPort, upstreams: instances.map((i) => i.base) });
  await signIn.start();
  let cookie;
  let html;
  try {
    cookie = await signInThroughProxy();
    html = (await get(`${proxyBase}/privacy`)).body;
  } finally {
    await signIn.stop();
  }

  const reference = await attempt('static nginx', async () => {
    const nginx = staticNginx({ port: nginxPort, files: { privacy: html } });
    try {
      await nginx.start();
      await warmUp(`${nginx.base}/privacy`);
      return await load({ url: `${nginx.base}/privacy`, connections: 10, seconds });
    } finally {
      await nginx.stop();
    }
  });
  const one = await attempt('one instance', () => throughProxy([instances[0].base], tokens, cookie));
  const two = await attempt('two instances', () => throughProxy(instances.map((i) => i.base), tokens, cookie));

  const results = {
    date: started.toISOString(),
    loadTestSeconds: seconds,
    cores: cpus().length,
    loadAverage: { atStart: loadBefore, atEnd: loadavg()[0] },
    database: 'SQLite (one file shared by both instances)',
    tls: 'TLS 1.3 between autocannon and nginx, self-signed certificate for the run',
    unsubscribeEdgeLimitForTheRun: unsubscribeLimitForTheRun,
    policyHtmlBytes: html.length,
    reference,
    one,
    two,
  };
  const header = ['through the shipped proxy', 'one instance', 'two instances', 'reference (same run)'];
  const body = rows(results);
  results.table = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  const busy = `load average ${results.loadAverage.atStart.toFixed(1)} at start, ${results.loadAverage.atEnd.toFixed(1)} at end, ${results.cores} cores`;
  console.log(`\nThe shipped proxy (TLS), measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC (load tests ${seconds} s each; ${busy}; SQLite)\n`);
  console.log(markdownTable(header, body));
  writeResults('proxy', results);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  for (const instance of instances) await instance.stop();
}
