// The reverse proxy the project ships (deploy/nginx, rendered by deploy/render-nginx-config.mjs) in
// front of the benches' production servers (server.mjs): the same configuration a company runs, with
// TLS (a self-signed certificate made for the run; autocannon does not check certificates), the
// policy cache, keep-alive to the instances and the edge's rate limits.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeNginxConfig } from '../../deploy/render-nginx-config.mjs';
import { nginxFolder, nginxInstalled, runNginx, selfSignedCertificate } from './nginx.mjs';

/**
 * A server for the shipped proxy ({ base, start(), stop() }), or `{ notMeasured: reason }` when the
 * bench cannot run it. It listens on https://127.0.0.1:`port` and sends to `upstream` (a base URL,
 * what bench/targets.mjs gives) or `upstreams` (several). Its plain-HTTP side (the redirect) listens
 * on a Unix socket in its folder, so it takes no second port. `limits` overrides the edge's rate
 * limits ({ forms, signIn, unsubscribe }: { rate, burst }): a bench that posts thousands of times a
 * second from one address raises the one it measures, and says so.
 */
export function shippedProxy({ root, port, upstream, upstreams, limits = {} }) {
  if (!nginxInstalled()) return { notMeasured: 'nginx is not installed (apt-get install -y nginx)' };
  const instances = (upstreams ?? [upstream]).map((address) => new URL(address).host);
  const base = `https://127.0.0.1:${port}`;
  let dir = null;
  let server = null;
  return {
    base,
    async start() {
      dir = nginxFolder('bench-shipped-proxy-');
      const { certificate, certificateKey } = selfSignedCertificate(dir);
      const { args } = writeNginxConfig({
        out: join(dir, 'edge'),
        standalone: true,
        serverName: '127.0.0.1',
        certificate,
        certificateKey,
        upstreams: instances,
        buildDir: root,
        httpsListen: [`127.0.0.1:${port}`],
        httpListen: [`unix:${join(dir, 'edge', 'http.sock')}`],
        publicPort: port,
        accessLog: 'off', // as the reference nginx: no log line per request
        ...limits,
      });
      const folder = dir;
      server = runNginx({ args, probeUrl: `${base}/_next/static/`, cleanUp: () => rmSync(folder, { recursive: true, force: true }) });
      await server.start();
    },
    async stop() {
      if (server) await server.stop();
      else if (dir) rmSync(dir, { recursive: true, force: true });
      server = null;
      dir = null;
    },
  };
}
