// `npm run bench`: the figures of issue 13's "Targets" table, each with its reference measured in the
// same run, printed as one table (Markdown, so it can be pasted into README.md).
//
// Rows:
//   1. GET /privacy from `npm start`'s server (server.mjs, demo mode), requests/s at 10 connections, against the
//      same HTML bytes served by the same server's Next.js request handler as a file from public/ (public/bench-reference.html, written
//      for the run and deleted afterwards, also on failure or Ctrl-C).
//   2. GET /privacy through the shipped reverse proxy (deploy/, TLS) against nginx serving the same bytes
//      as a static file over TLS (measured when nginx is installed).
//   3. JavaScript (gzipped) on each policy page: script files plus inline scripts. Target 0 B.
//   4. Lighthouse mobile scores of policy pages, /report-a-minor, and, signed in, /account,
//      /account/choices (as the demo customer Alex) and /admin (as the demo Privacy Administrator).
//   5. /account signed in as Alex: requests/s and latency p50/p95 at 8 connections, and its HTML size.
//
// Run: `npm run bench` (builds first if .next/BUILD_ID is missing). Env: BENCH_PORT (default 3100; nginx
// uses BENCH_PORT+1, the shipped proxy BENCH_PORT+2), BENCH_SECONDS (default 10, each load test),
// CHROMIUM_PATH (default /usr/bin/chromium). The server runs on a database of its own, data/bench.db,
// made fresh each run. Prints the table and writes bench/results/bench.json. Reports figures; it fails
// only when it cannot run at all, never because of a figure.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { lighthouseScores } from './support/lighthouse.mjs';
import { load, warmUp } from './support/load.mjs';
import { ensureBuild, nextServer, root } from './support/next-server.mjs';
import { nginxInstalled, staticNginx } from './support/nginx.mjs';
import { fetchBytes, firstVisitWeight } from './support/page-weight.mjs';
import { attempt, writeResults } from './support/results.mjs';
import { shippedProxy } from './support/shipped-proxy.mjs';
import { demoAdministrator, demoAlex, sessionCookies } from './support/sign-in.mjs';

const port = Number(process.env.BENCH_PORT ?? 3100);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const base = `http://127.0.0.1:${port}`;

const policyPages = [
  '/privacy',
  '/privacy/versions',
  '/privacy/versions/2019-04-05',
  '/privacy/compare/2019-04-05...2027-01-15',
  '/privacy/compare/2019-04-05...2027-01-15/changes',
];
const lighthousePages = [
  { path: '/privacy', kind: 'policy' },
  { path: '/privacy/versions/2019-04-05', kind: 'policy' },
  { path: '/privacy/compare/2019-04-05...2027-01-15', kind: 'policy' },
  { path: '/report-a-minor', kind: 'other' },
  { path: '/account', kind: 'other', as: 'alex' },
  { path: '/account/choices', kind: 'other', as: 'alex' },
  { path: '/admin', kind: 'other', as: 'administrator' },
];

// --- the database and the reference file, both the run's own ---------------------------------------

const databaseFile = join(root, 'data', 'bench.db');
for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });

const publicDir = join(root, 'public');
const referenceFile = join(publicDir, 'bench-reference.html');
const publicDirWasThere = existsSync(publicDir);
function removeReferenceFile() {
  rmSync(referenceFile, { force: true });
  try {
    if (!publicDirWasThere && existsSync(publicDir) && readdirSync(publicDir).length === 0) rmdirSync(publicDir);
  } catch {}
}
process.on('exit', removeReferenceFile); // also on Ctrl-C: next-server.mjs turns SIGINT/SIGTERM into exit

const server = nextServer({
  port,
  env: { PRIVACY_CENTER_MODE: 'demo', DATABASE_URL: 'file:./data/bench.db', SITE_URL: base },
});

// --- measuring ------------------------------------------------------------------------------------

/** Writes the fetched /privacy HTML to public/ and makes sure the server serves those very bytes. */
async function serveReferenceFile(html) {
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(referenceFile, html);
  const served = async () => {
    try {
      return (await fetchBytes(`${base}/bench-reference.html`)).equals(html);
    } catch {
      return false;
    }
  };
  if (await served()) return;
  // Next.js lists public/ when it starts: start it again so it sees the new file.
  await server.stop();
  await server.start();
  if (!(await served())) throw new Error('the server does not serve public/bench-reference.html');
}

async function policyThroughput(html) {
  await serveReferenceFile(html);
  const page = `${base}/privacy`;
  const reference = `${base}/bench-reference.html`;
  await warmUp(page);
  await warmUp(reference);
  const measured = await load({ url: page, connections: 10, seconds });
  const ref = await load({ url: reference, connections: 10, seconds });
  removeReferenceFile();
  return { measured, reference: ref, ratio: ratio(measured, ref) };
}

async function proxyThroughput(html) {
  const out = { measured: null, reference: null, ratio: null };
  if (nginxInstalled()) {
    const nginx = staticNginx({ port: port + 1, files: { privacy: html } });
    try {
      await nginx.start();
      await warmUp(`${nginx.base}/privacy`);
      out.reference = await load({ url: `${nginx.base}/privacy`, connections: 10, seconds });
    } catch (err) {
      out.reference = { error: err instanceof Error ? err.message : String(err) };
    } finally {
      await nginx.stop();
    }
  } else {
    out.reference = { error: 'nginx is not installed (apt-get install -y nginx)' };
  }
  const proxy = shippedProxy({ root, port: port + 2, upstream: base });
  if (proxy.notMeasured) {
    out.measured = { notMeasured: proxy.notMeasured };
    return out;
  }
  try {
    await proxy.start();
    await warmUp(`${proxy.base}/privacy`);
    out.measured = await load({ url: `${proxy.base}/privacy`, connections: 10, seconds });
    out.ratio = ratio(out.measured, out.reference);
  } finally {
    await proxy.stop();
  }
  return out;
}

function ratio(measured, reference) {
  if (!measured?.requestsPerSecond || !reference?.requestsPerSecond) return null;
  return Math.round((measured.requestsPerSecond / reference.requestsPerSecond) * 100) / 100;
}

async function policyJavaScript() {
  const out = [];
  for (const path of policyPages) out.push({ path, ...(await attempt(`JavaScript on ${path}`, () => firstVisitWeight(`${base}${path}`))) });
  return out;
}

async function accountFigures(cookie) {
  const url = `${base}/account`;
  const html = await fetchBytes(url, { Cookie: cookie });
  if (!html.includes('Alex')) throw new Error('GET /account with the session cookie did not show Alex\'s dashboard');
  await warmUp(url, { Cookie: cookie });
  return { htmlBytes: html.length, load: await load({ url, connections: 8, seconds, headers: { Cookie: cookie } }) };
}

// --- the table ------------------------------------------------------------------------------------

const number = (n) => Math.round(n).toLocaleString('en-US');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const yesNo = (ok) => (ok ? 'yes' : 'no');
const failed = (r) => r?.error ?? r?.notMeasured;
const notMeasured = (r) => `not measured: ${failed(r)}`;
const rps = (r) => (failed(r) ? notMeasured(r) : `${number(r.requestsPerSecond)} req/s${r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`);

function rows(results) {
  const out = [];
  const { policy, proxy, javascript, lighthouse, account } = results;

  if (failed(policy)) out.push(['`/privacy` via `npm start` (server.mjs), req/s at 10 connections', notMeasured(policy), '—', '≥ 0.8 × reference', 'no']);
  else out.push([
    '`/privacy` via `npm start` (server.mjs), req/s at 10 connections',
    failed(policy.measured) ? rps(policy.measured) : `${rps(policy.measured)} (${policy.ratio ?? '?'} × reference)`,
    `${rps(policy.reference)}: same HTML, a file in \`public/\``,
    '≥ 0.8 × reference',
    yesNo(policy.ratio !== null && policy.ratio >= 0.8),
  ]);

  out.push([
    '`/privacy` through the shipped proxy, req/s at 10 connections',
    failed(proxy.measured) ? notMeasured(proxy.measured) : `${rps(proxy.measured)} (${proxy.ratio ?? '?'} × reference)`,
    `${rps(proxy.reference)}${failed(proxy.reference) ? '' : ': nginx, same HTML as a static file'}`,
    '≥ 0.8 × reference',
    yesNo(proxy.ratio !== null && proxy.ratio >= 0.8),
  ]);

  for (const page of failed(javascript) ? [] : javascript) {
    const what = `JavaScript on \`${page.path}\`, gzipped`;
    if (failed(page)) { out.push([what, notMeasured(page), '—', '0 B', 'no']); continue; }
    const files = `${kb(page.js.gzip)} in ${page.jsFiles} file${page.jsFiles === 1 ? '' : 's'}`;
    const inline = page.inlineScripts ? ` + ${kb(page.inlineScriptGzip)} in ${page.inlineScripts} inline` : '';
    out.push([what, page.js.gzip === 0 && !page.inlineScripts ? '0 B' : files + inline, '—', '0 B', yesNo(page.js.gzip === 0 && !page.inlineScripts)]);
  }
  if (failed(javascript)) out.push(['JavaScript on the policy pages, gzipped', notMeasured(javascript), '—', '0 B', 'no']);

  const lighthouseRows = failed(lighthouse) ? lighthousePages.map((p) => ({ path: p.path, error: failed(lighthouse) })) : lighthouse;
  for (const page of lighthouseRows) {
    const spec = lighthousePages.find((p) => p.path === page.path);
    const signedIn = spec.as === 'alex' ? ' (Alex)' : spec.as === 'administrator' ? ' (administrator)' : '';
    const what = `Lighthouse mobile \`${page.path}\`${signedIn}: perf/a11y/BP/SEO`;
    const target = spec.kind === 'policy' ? '100/100/100/100' : '≥ 90/100/100/100';
    if (failed(page)) { out.push([what, notMeasured(page), '—', target, 'no']); continue; }
    const s = page.scores;
    const shown = [s.performance, s.accessibility, s['best-practices'], s.seo].map((v) => v ?? '?').join('/');
    const landed = new URL(page.finalUrl).pathname === page.path;
    const met = landed && !page.runtimeError && s.performance >= (spec.kind === 'policy' ? 100 : 90)
      && s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100;
    const note = page.runtimeError ? ` (${page.runtimeError})` : landed ? '' : ` (landed on ${new URL(page.finalUrl).pathname})`;
    out.push([what, shown + note, '—', target, yesNo(met)]);
  }

  if (failed(account)) {
    out.push(['`/account` (Alex), req/s at 8 connections', notMeasured(account), '—', '≥ 200 req/s', 'no']);
    out.push(['`/account` (Alex), latency p50 / p95', notMeasured(account), '—', 'p95 ≤ 100 ms', 'no']);
    out.push(['`/account` (Alex), HTML size', notMeasured(account), '—', '≤ 50 KB', 'no']);
  } else {
    const l = account.load;
    out.push(['`/account` (Alex), req/s at 8 connections', rps(l), '—', '≥ 200 req/s', yesNo(l.requestsPerSecond >= 200 && !l.non2xx && !l.errors)]);
    out.push(['`/account` (Alex), latency p50 / p95', `${l.latencyP50Ms} / ${l.latencyP95Ms} ms`, '—', 'p95 ≤ 100 ms', yesNo(l.latencyP95Ms !== null && l.latencyP95Ms <= 100)]);
    out.push(['`/account` (Alex), HTML size', kb(account.htmlBytes), '—', '≤ 50 KB', yesNo(account.htmlBytes <= 50 * 1024)]);
  }
  return out;
}

function markdownTable(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** For each audited page, the Lighthouse audits that cost it points, by category (scores below 1). */
function printLostPoints(lighthouse) {
  if (failed(lighthouse)) return;
  const lines = [];
  for (const page of lighthouse) {
    if (failed(page)) continue;
    const lost = Object.entries(page.lostPoints).filter(([, audits]) => audits.length)
      .map(([category, audits]) => `${category}: ${audits.map((a) => a.id).join(', ')}`);
    if (lost.length) lines.push(`  ${page.path}: ${lost.join('; ')}`);
  }
  if (lines.length) console.log(`\nLighthouse audits that cost points (details in bench/results/bench.json):\n${lines.join('\n')}`);
}

// --- the run --------------------------------------------------------------------------------------

try {
  ensureBuild();
  await server.start();
  const started = new Date();
  const loadBefore = loadavg()[0];
  console.log(`Measuring on ${base} (${seconds} s per load test)...`);
  const html = await fetchBytes(`${base}/privacy`);

  const policy = await attempt('/privacy throughput', () => policyThroughput(html));
  removeReferenceFile();
  const proxy = await attempt('proxy throughput', () => proxyThroughput(html));
  const javascript = await attempt('JavaScript on the policy pages', policyJavaScript);
  const cookies = await attempt('signing in', async () => {
    const [alex, administrator] = await sessionCookies(base, [demoAlex, demoAdministrator]);
    return { alex, administrator };
  });
  const account = failed(cookies) ? cookies : await attempt('/account', () => accountFigures(cookies.alex));
  const lighthouse = await attempt('Lighthouse', () => lighthouseScores(base, lighthousePages.map((p) => {
    if (!p.as) return { path: p.path };
    return failed(cookies) ? { path: p.path, error: `could not sign in: ${failed(cookies)}` } : { path: p.path, cookie: cookies[p.as] };
  })));

  const results = {
    date: started.toISOString(),
    base,
    loadTestSeconds: seconds,
    cores: cpus().length,
    loadAverage: { atStart: loadBefore, atEnd: loadavg()[0] },
    policyHtmlBytes: html.length,
    policy,
    proxy,
    javascript,
    lighthouse,
    account,
  };
  const header = ['what', 'measured', 'reference (same run)', 'target', 'met?'];
  const body = rows(results);
  results.table = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  const busy = `load average ${results.loadAverage.atStart.toFixed(1)} at start, ${results.loadAverage.atEnd.toFixed(1)} at end, ${results.cores} cores`;
  console.log(`\nIssue 13 targets, measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC (load tests ${seconds} s each; ${busy})\n`);
  console.log(markdownTable(header, body));
  printLostPoints(lighthouse);
  writeResults('bench', results);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  removeReferenceFile();
  await server.stop();
}
