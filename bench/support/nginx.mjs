// nginx (Debian's, `apt-get install -y nginx`) for the benches: serving one folder of static files as a
// reference, or (./shipped-proxy.mjs) running the shipped configuration of deploy/. Each with a
// configuration of its own in a temporary folder, in the foreground, stopped by PID.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Whether nginx can be run here. */
export function nginxInstalled() {
  return spawnSync(nginxPath, ['-v'], { stdio: 'ignore' }).status === 0;
}

/** A temporary folder nginx's workers can read (they run as nobody when nginx starts as root). */
export function nginxFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * A self-signed certificate for `name` (an IP address or a host name), made with the openssl CLI:
 * the benches speak TLS to nginx as browsers do (autocannon does not check certificates).
 */
export function selfSignedCertificate(dir, name = '127.0.0.1') {
  const certificate = join(dir, 'cert.pem');
  const certificateKey = join(dir, 'key.pem');
  const san = /^[\d.]+$/.test(name) ? `IP:${name}` : `DNS:${name}`;
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', `/CN=${name}`, '-addext', `subjectAltName=${san}`, '-keyout', certificateKey, '-out', certificate], { stdio: 'ignore' });
  chmodSync(certificateKey, 0o600);
  return { certificate, certificateKey };
}

/** Resolves once `url` answers at all (any status), over TLS without checking the certificate. */
function answers(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 1000 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

/**
 * nginx run with `args` (`-p … -c … -e …`) until stop(); start() resolves once `probeUrl` answers.
 * `cleanUp` runs after it stops (and when the bench exits).
 */
export function runNginx({ args, probeUrl, cleanUp = () => {} }) {
  let child = null;
  let log = '';
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const onExit = () => {
    if (child && !exited()) try { process.kill(child.pid, 'SIGTERM'); } catch {}
    cleanUp();
  };
  process.on('exit', onExit);
  return {
    async start() {
      log = '';
      child = spawn(nginxPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      for (const s of [child.stdout, child.stderr]) s.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        if (exited()) throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}): ${log}`);
        if (await answers(probeUrl)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`nginx did not answer within 10 s: ${log}`);
    },
    async stop() {
      if (child && !exited()) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        try { process.kill(child.pid, 'SIGQUIT'); } catch {}
        await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (!exited()) try { process.kill(child.pid, 'SIGKILL'); } catch {}
      }
      process.off('exit', onExit);
      cleanUp();
    },
  };
}

/**
 * An nginx on https://127.0.0.1:`port` serving `files` ({ name: contents }) from a temporary folder:
 * one worker process, keep-alive on, no access log, no compression (the client asks for none), and
 * TLS with the same protocols and ciphers as the shipped proxy, so that a figure measured through the
 * proxy and this reference pay the same for encryption. `start()` resolves once it answers;
 * `stop()` ends it and removes the folder.
 */
export function staticNginx({ port, files }) {
  let dir = null;
  let server = null;
  const base = `https://127.0.0.1:${port}`;
  return {
    base,
    async start() {
      dir = nginxFolder('bench-nginx-');
      const { certificate, certificateKey } = selfSignedCertificate(dir);
      const root = join(dir, 'www');
      mkdirSync(root);
      mkdirSync(join(dir, 'tmp'));
      chmodSync(root, 0o755);
      for (const [name, body] of Object.entries(files)) writeFileSync(join(root, name), body, { mode: 0o644 });
      writeFileSync(join(dir, 'nginx.conf'), `
worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path ${join(dir, 'tmp')};
  proxy_temp_path ${join(dir, 'tmp')};
  fastcgi_temp_path ${join(dir, 'tmp')};
  uwsgi_temp_path ${join(dir, 'tmp')};
  scgi_temp_path ${join(dir, 'tmp')};
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${certificate};
    ssl_certificate_key ${certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
    ssl_session_cache shared:bench_tls:10m;
    root ${root};
  }
}
`);
      const folder = dir;
      server = runNginx({
        args: ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
        probeUrl: `${base}/${Object.keys(files)[0]}`,
        cleanUp: () => rmSync(folder, { recursive: true, force: true }),
      });
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
