// Lighthouse (the `lighthouse` package, its default mobile settings: a Moto G Power-sized screen and
// simulated slow 4G with a 4x slower CPU) on Debian's Chromium, headless, one Chromium for all pages.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Audits each of `pages` ({ path, cookie?, error? }) on `base` in turn (a page with `error` is passed on as it is). For each: the four scores (0-100),
 * a few performance figures, and the audits that cost points (id and score), for the JSON.
 */
export async function lighthouseScores(base, pages) {
  const chromeFlags = ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage'];
  if (process.getuid?.() === 0) chromeFlags.push('--no-sandbox');
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags });
  try {
    const out = [];
    for (const page of pages) {
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories };
      if (page.cookie) flags.extraHeaders = { Cookie: page.cookie };
      if (page.error) { out.push({ path: page.path, error: page.error }); continue; }
      let lhr;
      try {
        // On a busy machine Chromium sometimes fails to record the trace (NO_NAVSTART, NO_FCP): try once more.
        for (let attempt = 1; attempt <= 2; attempt++) {
          ({ lhr } = await lighthouse(`${base}${page.path}`, flags));
          if (!lhr.runtimeError) break;
        }
      } catch (err) {
        out.push({ path: page.path, error: err instanceof Error ? err.message.split('\n')[0] : String(err) });
        continue;
      }
      const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
      const numeric = (id) => (lhr.audits[id]?.numericValue == null ? null : Math.round(lhr.audits[id].numericValue));
      const lost = {};
      for (const id of categories) {
        lost[id] = (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
          .map((ref) => {
            const audit = lhr.audits[ref.id];
            const items = audit.details?.items?.slice(0, 5).map((item) => [item.description ?? item.issueType, item.url ?? item.sourceLocation?.url ?? item.source?.url]
              .filter((part) => typeof part === 'string').join(' ') || null).filter(Boolean);
            return { id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? null, items: items ?? [] };
          });
      }
      out.push({
        path: page.path,
        finalUrl: lhr.finalDisplayedUrl,
        runtimeError: lhr.runtimeError ? `Lighthouse: ${lhr.runtimeError.code}` : null,
        runtimeErrorMessage: lhr.runtimeError?.message ?? null,
        scores: Object.fromEntries(categories.map((id) => [id, score(id)])),
        metrics: {
          firstContentfulPaintMs: numeric('first-contentful-paint'),
          largestContentfulPaintMs: numeric('largest-contentful-paint'),
          totalBlockingTimeMs: numeric('total-blocking-time'),
          cumulativeLayoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
          speedIndexMs: numeric('speed-index'),
        },
        lostPoints: lost,
      });
    }
    return out;
  } finally {
    await chrome.kill();
  }
}
