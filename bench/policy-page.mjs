// Benchmark for the public policy page (/privacy), run against a production server.
//
// Measures:
//   1. Throughput: autocannon, 10 connections, BENCH_SECONDS (default 10) seconds:
//      average requests/s, latency p50/p99 (ms), total requests, non-2xx responses.
//   2. First-visit weight: the HTML plus every same-origin script, stylesheet and
//      preloaded script it references, in bytes per kind, raw and gzipped
//      (gzipped here with node:zlib at the default level, not by the server).
//
// Run: `npm run build` (optional; built automatically if .next/BUILD_ID is missing),
// then `npm run bench`. Env: BENCH_PORT (default 3100), BENCH_SECONDS (default 10).
// Prints a table and writes bench/results/policy-page.json. Reports figures, never asserts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { ensureBuild, nextServer, root } from './support/next-server.mjs';

const port = Number(process.env.BENCH_PORT ?? 3100);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const base = `http://127.0.0.1:${port}`;
const pageUrl = `${base}/privacy`;

// Demo mode on a database of its own: /privacy never reads it, but the server prepares it at start.
const server = nextServer({ port, env: { PRIVACY_CENTER_MODE: 'demo', DATABASE_URL: 'file:./data/bench.db' } });

async function throughput() {
  const r = await autocannon({ url: pageUrl, connections: 10, duration: seconds });
  return { seconds, connections: 10, requestsPerSecond: r.requests.average, latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99, totalRequests: r.requests.total, non2xx: r.non2xx, errors: r.errors };
}

// Attributes of one tag's source text, e.g. `<link rel="preload" as="script" href="/x.js">`.
function attrs(tag) {
  const out = {};
  for (const [, name, , dq, sq, bare] of tag.matchAll(/([\w:-]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    out[name.toLowerCase()] = (dq ?? sq ?? bare ?? '').replaceAll('&amp;', '&');
  }
  return out;
}

// Same-origin subresources the HTML asks for on first visit: Map(url -> 'css' | 'js').
function subresources(html) {
  const found = new Map();
  const add = (href, kind) => {
    if (!href) return;
    const url = new URL(href, pageUrl);
    if (url.origin === base && !found.has(url.href)) found.set(url.href, kind);
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) add(attrs(tag).src, 'js');
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attrs(tag);
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) add(a.href, 'css');
    else if (rel.includes('modulepreload') || (rel.includes('preload') && a.as === 'script')) add(a.href, 'js');
  }
  return found;
}

async function fetchBytes(url) {
  const res = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return Buffer.from(await res.arrayBuffer()); // fetch undoes Content-Encoding: these are raw bytes
}

async function firstVisitWeight() {
  const weight = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, jsFiles: 0, files: [] };
  const tally = (kind, url, body) => {
    const gz = gzipSync(body).length;
    weight[kind].raw += body.length;
    weight[kind].gzip += gz;
    weight.files.push({ kind, url: url.replace(base, ''), raw: body.length, gzip: gz });
  };
  const html = await fetchBytes(pageUrl);
  tally('html', pageUrl, html);
  for (const [url, kind] of subresources(html.toString('utf8'))) {
    tally(kind, url, await fetchBytes(url));
    if (kind === 'js') weight.jsFiles += 1;
  }
  return weight;
}

function print({ throughput: t, weight: w }) {
  console.log(`\n/privacy throughput (${t.connections} connections, ${t.seconds} s)`);
  console.table({
    'requests/s (avg)': t.requestsPerSecond,
    'latency p50 (ms)': t.latencyP50Ms,
    'latency p99 (ms)': t.latencyP99Ms,
    'total requests': t.totalRequests,
    'non-2xx': t.non2xx,
  });
  console.log(`/privacy first-visit weight (${w.jsFiles} JS files)`);
  const row = (k) => ({ 'raw bytes': w[k].raw, 'gzip bytes': w[k].gzip });
  const total = { 'raw bytes': w.html.raw + w.css.raw + w.js.raw, 'gzip bytes': w.html.gzip + w.css.gzip + w.js.gzip };
  console.table({ HTML: row('html'), CSS: row('css'), JS: row('js'), total });
}

try {
  ensureBuild();
  await server.start();
  const results = { url: '/privacy', date: new Date().toISOString(), throughput: await throughput(), weight: await firstVisitWeight() };
  print(results);
  const outDir = join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'policy-page.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`Wrote ${join('bench', 'results', 'policy-page.json')}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await server.stop();
}
