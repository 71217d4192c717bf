// Starting and stopping a production server (`next start`) for a benchmark.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds the app when there is no production build yet. */
export function ensureBuild() {
  if (existsSync(join(root, '.next', 'BUILD_ID'))) return;
  console.log('No production build found (.next/BUILD_ID); running `npx next build`...');
  const r = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal})`);
}

/**
 * A `next start` on `port` with `env` added to this process's environment.
 * `start()` resolves once GET /api/health answers 200 (within 60 s); `stop()`
 * ends it and the workers it forked. The server is also stopped when the
 * benchmark exits or is interrupted.
 */
export function nextServer({ port, env }) {
  const base = `http://127.0.0.1:${port}`;
  let server = null;
  let log = '';
  const exited = () => server.exitCode !== null || server.signalCode !== null;
  const kill = () => {
    if (!server || exited()) return;
    try { process.kill(-server.pid, 'SIGTERM'); } catch { try { server.kill('SIGTERM'); } catch {} }
  };
  process.on('exit', kill);
  process.on('SIGINT', () => process.exit(130)); // the 'exit' handler stops the server
  process.on('SIGTERM', () => process.exit(143));

  return {
    base,
    async start() {
      log = '';
      server = spawn(join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
        cwd: root,
        env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // own process group, so stop() also ends any workers it forks
      });
      for (const s of [server.stdout, server.stderr]) s.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (exited()) throw new Error(`next start exited early (${server.exitCode ?? server.signalCode}):\n${log}`);
        try {
          const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
          if (res.status === 200) return;
        } catch {}
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`GET /api/health did not answer 200 within 60 s. Server output:\n${log}`);
    },
    async stop() {
      if (!server || exited()) return;
      const done = new Promise((resolve) => server.once('exit', resolve));
      kill();
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    },
    /** The last few kilobytes the server printed. */
    log: () => log,
  };
}
