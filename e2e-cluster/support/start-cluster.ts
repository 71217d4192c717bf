import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { startSmtpSink } from "../../server/email/testing/smtp-sink";
import { findOrStartPostgres } from "../../test/postgres-server";
import { CLUSTER_DIR, type ClusterState, type InstanceState, isRunning, readCluster, requestThroughProxy, STATE_FILE, writeCluster } from "./cluster";
import { makeCertificate, type ProxySettings, startProxy } from "./proxy";

/** Ports of the cluster test's own (the e2e suite uses 3200, the benches 3100). */
export const CLUSTER_PORTS = { a: 3300, b: 3301, https: 3343, http: 3380, smtp: 3325, embeddedPostgres: 54330 } as const;

/**
 * Playwright's global setup for the cluster test (playwright.cluster.config.ts): the shipped proxy
 * (deploy/, TLS with a certificate made here) in front of two production-mode instances of the built
 * center (`node server.mjs`, as `npm run start:production` runs it) on one PostgreSQL database, with an
 * SMTP sink for their mail. Writes what it started to data/cluster/state.json and answers a teardown.
 */
export default async function startCluster(): Promise<() => Promise<void>> {
  await refuseTakenPorts();
  fs.rmSync(CLUSTER_DIR, { recursive: true, force: true });
  const prefix = path.join(CLUSTER_DIR, "proxy");
  fs.mkdirSync(prefix, { recursive: true });
  const stops: (() => Promise<void> | void)[] = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch((error) => console.error(`cluster teardown: ${error instanceof Error ? error.message : error}`));
  };
  try {
    const postgres = await findOrStartPostgres({ embeddedPort: CLUSTER_PORTS.embeddedPostgres });
    stops.push(() => postgres.stop());
    const databaseUrl = await createDatabase(postgres.adminUrl, stops);

    const sink = await startSmtpSink({ port: CLUSTER_PORTS.smtp });
    stops.push(() => sink.close());

    const base = `https://localhost:${CLUSTER_PORTS.https}`;
    const instanceEnv: Record<string, string> = {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PRIVACY_CENTER_MODE: "production",
      AUTH_SECRET: randomBytes(32).toString("base64"),
      ENCRYPTION_KEYS: `cluster:${randomBytes(32).toString("base64")}`,
      SMTP_URL: sink.url,
      SITE_URL: base,
      DATABASE_URL: databaseUrl,
      // No TRUSTED_PROXY_COUNT: the default must match the shipped proxy (it sets X-Forwarded-For, from the loopback).
      // "request started" lines (debug), so a test can stop an instance while it is answering a request.
      LOG_LEVEL: "debug",
      // The burst of form posts below is a test of durability, not of the limit (public-form-limits.spec.ts tests that).
      PUBLIC_FORM_SUBMISSIONS_PER_HOUR: "1000",
    };
    prepareDatabase(instanceEnv);

    const instances: InstanceState[] = [];
    for (const name of ["a", "b"] as const) instances.push(startInstance(name, CLUSTER_PORTS[name], instanceEnv));
    // The instances the state file names at the end: a test may have killed one and started it again.
    stops.push(async () => {
      const named = fs.existsSync(STATE_FILE) ? readCluster().instances : [];
      await Promise.all([...named, ...instances].map((instance) => stopProcess(instance.pid)));
    });
    await Promise.all(instances.map((instance) => waitForInstance(instance)));

    const { certFile } = makeCertificate(prefix);
    const settings: ProxySettings = { prefix, httpsPort: CLUSTER_PORTS.https, httpPort: CLUSTER_PORTS.http, upstreams: instances.map(({ name, port }) => ({ name, port })), down: null };
    const proxy = startProxy(settings);
    stops.push(() => stopProcess(proxy.pid));
    const state: ClusterState = { base, httpBase: `http://localhost:${CLUSTER_PORTS.http}`, databaseUrl, instances, instanceEnv, proxy: { prefix, configFile: proxy.configFile, accessLog: proxy.accessLog, certFile, settings } };
    writeCluster(state);
    await waitFor("the proxy", async () => (await requestThroughProxy("/api/health").catch(() => null))?.status === 200);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function createDatabase(adminUrl: string, stops: (() => Promise<void> | void)[]): Promise<string> {
  const name = `privacy_cluster_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  stops.push(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The deploy's migration step (`npm run migrate`), then the customers the journeys sign in as (prepare-database.ts). */
function prepareDatabase(env: Record<string, string>): void {
  for (const [what, args] of [
    ["npm run migrate", ["--conditions=react-server", "--import", "tsx", path.resolve("scripts/migrate.ts")]],
    ["Loading the demo's people", ["--conditions=react-server", "--import", "tsx", path.resolve("e2e-cluster/support/prepare-database.ts")]],
  ] as const) {
    const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${what} failed on the cluster's database:\n${result.stderr || result.stdout}`);
  }
}

/** One instance of the built center; its output goes to data/cluster/instance-<name>.log. */
export function startInstance(name: "a" | "b", port: number, env: Record<string, string>): InstanceState {
  const logFile = path.join(CLUSTER_DIR, `instance-${name}.log`);
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [path.resolve("server.mjs"), "-p", String(port), "--hostname", "127.0.0.1"], { env: { ...process.env, ...env }, stdio: ["ignore", log, log], detached: true });
  child.unref();
  fs.closeSync(log);
  return { name, port, pid: child.pid!, logFile };
}

export async function waitForInstance(instance: InstanceState): Promise<void> {
  await waitFor(`instance ${instance.name}`, async () => {
    if (!isRunning(instance.pid)) throw new Error(`instance ${instance.name} exited:\n${fs.readFileSync(instance.logFile, "utf8").slice(-3000)}`);
    const response = await fetch(`http://127.0.0.1:${instance.port}/api/health`).catch(() => null);
    return response?.status === 200;
  });
}

async function waitFor(what: string, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s`);
}

async function stopProcess(pid: number): Promise<void> {
  if (!isRunning(pid)) return;
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 10_000 && isRunning(pid); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isRunning(pid)) process.kill(pid, "SIGKILL");
}

/** A server left on one of the cluster's ports (an earlier run that was killed) would answer in its place: say so rather than test it. */
async function refuseTakenPorts(): Promise<void> {
  for (const port of [CLUSTER_PORTS.a, CLUSTER_PORTS.b, CLUSTER_PORTS.https, CLUSTER_PORTS.http, CLUSTER_PORTS.smtp]) {
    const taken = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(true));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(false)));
    });
    if (taken) throw new Error(`Port ${port} on 127.0.0.1 is taken: the cluster test needs it (is an earlier run still running?)`);
  }
}
