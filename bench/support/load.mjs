// One load test with autocannon, timing every response itself so it can give p95 (autocannon's own
// histogram has p90 and p97.5, in whole milliseconds).
import autocannon from 'autocannon';

/** The value at fraction `q` (0..1) of sorted numbers, nearest rank. */
export function percentile(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Sends GET `url` from `connections` kept-alive connections for `seconds` seconds.
 * Returns requests/s (responses over the run divided by its duration), latency p50/p95/p99 in ms
 * (fractions kept), the number of responses, non-2xx responses and network errors.
 */
export async function load({ url, connections, seconds, headers = {} }) {
  const times = [];
  const instance = autocannon({ url, connections, duration: seconds, headers });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const r = await instance;
  times.sort((a, b) => a - b);
  const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);
  return {
    url: new URL(url).pathname,
    connections,
    seconds,
    requestsPerSecond: Math.round((r.requests.total / (r.duration || seconds)) * 10) / 10,
    latencyP50Ms: round(percentile(times, 0.5)),
    latencyP95Ms: round(percentile(times, 0.95)),
    latencyP99Ms: round(percentile(times, 0.99)),
    responses: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** A short run that is not counted, so the server's first requests (JIT, caches) do not weigh on the figures. */
export async function warmUp(url, headers = {}) {
  await autocannon({ url, connections: 4, duration: 2, headers });
}
