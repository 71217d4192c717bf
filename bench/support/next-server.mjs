// Starting and stopping the production server (`server.mjs`, what `npm start` runs) for a benchmark.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds the app (and its static policy site) when there is no production build yet. */
export function ensureBuild() {
  const site = ['policy-site', 'policy-site-demo'].map((dir) => join(root, '.next', dir, 'manifest.json'));
  if (existsSync(join(root, '.next', 'BUILD_ID')) && site.every((file) => existsSync(file))) return;
  console.log('No complete production build found (.next/BUILD_ID, .next/policy-site and its demo copy); running `npm run build`...');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal})`);
}

/**
 * The production server (`node server.mjs`, as `npm start` runs it) on `port` with `env` added to this process's environment.
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
      server = spawn(process.execPath, [join(root, 'server.mjs'), '-p', String(port), '--hostname', '127.0.0.1'], {
        cwd: root,
        env: { ...process.env, ...demoSettings(env), ...env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // own process group, so stop() also ends any workers it forks
      });
      for (const s of [server.stdout, server.stderr]) s.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (exited()) throw new Error(`server.mjs exited early (${server.exitCode ?? server.signalCode}):\n${log}`);
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

/**
 * What a production build needs to run in demo mode, as `npm start` gives it: the second word
 * (server/env.ts findDemoModeProblem) and the static policy site's demo copy (docs/decisions/0021).
 */
function demoSettings(env) {
  if (env.PRIVACY_CENTER_MODE !== 'demo') return {};
  return { PRIVACY_CENTER_DEMO_ACKNOWLEDGED: 'not-for-real-customers-data', POLICY_SITE_DIR: join(root, '.next', 'policy-site-demo') };
}
