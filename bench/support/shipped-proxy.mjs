// The reverse proxy the project ships (deploy/), in front of the production server (server.mjs), for the bench's second row.
//
// There is no deploy/ yet (another issue). When there is, make `shippedProxy()` return a server like
// staticNginx() in ./nginx.mjs ({ base, start(), stop() }) that runs the shipped configuration with its
// upstream pointed at the bench's the production server (server.mjs) (`upstream`) and listening on `port`; the bench then
// measures GET /privacy through it against nginx serving the same bytes as a static file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidates = ['deploy/nginx.conf', 'deploy/nginx/nginx.conf', 'deploy/privacy-center.conf'];

/** The shipped proxy's configuration file, relative to `root`, or null. */
export function shippedProxyConfig(root) {
  return candidates.find((file) => existsSync(join(root, file))) ?? null;
}

/**
 * A server for the shipped proxy, or `{ notMeasured: reason }` when the bench cannot run it.
 * The bench calls it with `{ root, port, upstream }`, `upstream` being the base URL of its the production server (server.mjs).
 */
export function shippedProxy({ root }) {
  // To add: take `port` and `upstream` here too, and start the shipped configuration with them.
  const config = shippedProxyConfig(root);
  if (!config) return { notMeasured: 'no deploy/ proxy yet' };
  return { notMeasured: `${config} exists, but bench/support/shipped-proxy.mjs does not run it yet` };
}
