// What a browser without a cache downloads for one page: the HTML plus every same-origin script,
// stylesheet and preloaded script it references (each URL once), raw and gzipped (by node:zlib at the
// default level, so the figure does not depend on how the server compresses). Images, fonts and
// anything loaded later by client code are not counted.
import { gzipSync } from 'node:zlib';

// Attributes of one tag's source text, e.g. `<link rel="preload" as="script" href="/x.js">`.
function attrs(tag) {
  const out = {};
  for (const [, name, , dq, sq, bare] of tag.matchAll(/([\w:-]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    out[name.toLowerCase()] = (dq ?? sq ?? bare ?? '').replaceAll('&amp;', '&');
  }
  return out;
}

// Same-origin subresources the HTML asks for on first visit: Map(url -> 'css' | 'js').
function subresources(html, pageUrl) {
  const origin = new URL(pageUrl).origin;
  const found = new Map();
  const add = (href, kind) => {
    if (!href) return;
    const url = new URL(href, pageUrl);
    if (url.origin === origin && !found.has(url.href)) found.set(url.href, kind);
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

/** The body of GET `url` as raw bytes (fetch undoes Content-Encoding); throws unless 2xx. */
export async function fetchBytes(url, headers = {}) {
  const res = await fetch(url, { headers: { 'Accept-Encoding': 'gzip', ...headers }, redirect: 'manual' });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** The first-visit weight of `pageUrl`: bytes per kind (html, css, js), raw and gzipped, and each file. */
export async function firstVisitWeight(pageUrl) {
  const origin = new URL(pageUrl).origin;
  const weight = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, jsFiles: 0, files: [] };
  const tally = (kind, url, body) => {
    const gz = gzipSync(body).length;
    weight[kind].raw += body.length;
    weight[kind].gzip += gz;
    weight.files.push({ kind, url: url.replace(origin, ''), raw: body.length, gzip: gz });
  };
  const html = await fetchBytes(pageUrl);
  tally('html', pageUrl, html);
  for (const [url, kind] of subresources(html.toString('utf8'), pageUrl)) {
    tally(kind, url, await fetchBytes(url));
    if (kind === 'js') weight.jsFiles += 1;
  }
  // Inline <script> elements (no src) count too: a page "with no JavaScript" has none of either.
  const inline = [...html.toString('utf8').matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .filter(([tag]) => !/type\s*=\s*["']?application\/(ld\+)?json/i.test(tag))
    .map(([, body]) => body)
    .filter((body) => body.trim() !== '');
  weight.inlineScripts = inline.length;
  weight.inlineScriptGzip = inline.length ? gzipSync(Buffer.from(inline.join(''))).length : 0;
  return weight;
}
