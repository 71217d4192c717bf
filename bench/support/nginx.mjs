// nginx (Debian's, `apt-get install -y nginx`) serving one folder of static files, for a reference:
// a configuration of this run's own in a temporary folder, in the foreground, stopped by PID.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Whether nginx can be run here. */
export function nginxInstalled() {
  return spawnSync(nginxPath, ['-v'], { stdio: 'ignore' }).status === 0;
}

/**
 * An nginx on 127.0.0.1:`port` serving `files` ({ name: contents }) from a temporary folder, one
 * worker process, keep-alive on, no access log, no compression (the client asks for none).
 * `start()` resolves once it answers; `stop()` ends it and removes the folder.
 */
export function staticNginx({ port, files }) {
  let child = null;
  let dir = null;
  let log = '';
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const cleanUp = () => {
    if (child && !exited()) try { process.kill(child.pid, 'SIGTERM'); } catch {}
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', cleanUp);
  return {
    base: `http://127.0.0.1:${port}`,
    async start() {
      dir = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
      chmodSync(dir, 0o755); // readable by nginx's worker, which runs as nobody when nginx starts as root
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
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`);
      child = spawn(nginxPath, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
      for (const s of [child.stdout, child.stderr]) s.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        if (exited()) throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}): ${log}`);
        try {
          const res = await fetch(`http://127.0.0.1:${port}/${Object.keys(files)[0]}`, { signal: AbortSignal.timeout(1000) });
          if (res.ok) return;
        } catch {}
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
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}
