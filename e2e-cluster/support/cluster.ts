import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import https from "node:https";
import pg from "pg";
import type { ProxySettings } from "./proxy";

/**
 * What start-cluster.ts started, written to STATE_FILE for the tests (Playwright runs them in other
 * processes): the proxy's address, the two instances and the database.
 */
export interface ClusterState {
  /** The shipped proxy's https address, the only way the tests reach the center. */
  base: string;
  /** Its plain http address (answers with a redirect to https). */
  httpBase: string;
  databaseUrl: string;
  instances: InstanceState[];
  proxy: { prefix: string; configFile: string; accessLog: string; certFile: string; settings: ProxySettings };
  /** The settings every instance runs with (tests start an instance again with them). */
  instanceEnv: Record<string, string>;
}

export interface InstanceState {
  name: "a" | "b";
  port: number;
  pid: number;
  logFile: string;
}

export const CLUSTER_DIR = path.resolve("data/cluster");
export const STATE_FILE = path.join(CLUSTER_DIR, "state.json");

export function readCluster(): ClusterState {
  return JSON.parse(fs.readFileSync(STATE_FILE, "utf8")) as ClusterState;
}

export function writeCluster(state: ClusterState): void {
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

export function instanceNamed(name: "a" | "b"): InstanceState {
  const instance = readCluster().instances.find((candidate) => candidate.name === name);
  if (!instance) throw new Error(`No instance ${name} in the cluster`);
  return instance;
}

/** Runs a query on the cluster's database, as a check from outside the center. */
export async function queryDatabase<Row extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: readCluster().databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Whether the process is still running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instance (host:port) nginx sent each request to, by request id, from the proxy's access log
 * (deploy/nginx/privacy-center.conf.template's privacy_center format: `… "$upstream_addr" $upstream_cache_status $request_id`).
 * A request nginx passed on after a failure names every upstream it tried: the last one answered.
 */
export function upstreamsOfRequests(): Map<string, string> {
  const { proxy } = readCluster();
  const upstreams = new Map<string, string>();
  for (const line of fs.readFileSync(proxy.accessLog, "utf8").split("\n")) {
    const match = /"([^"]*)" \S+ (\S+)$/.exec(line.trim());
    if (match) upstreams.set(match[2]!, match[1]!.split(",").at(-1)!.trim());
  }
  return upstreams;
}

export function nginxCommand(args: string[]): void {
  const { proxy } = readCluster();
  execFileSync(process.env.NGINX_PATH ?? "/usr/sbin/nginx", ["-p", proxy.prefix, "-c", proxy.configFile, "-e", path.join(proxy.prefix, "error.log"), ...args], { stdio: "pipe" });
}

export interface PlainResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The proxy's id for this request (it echoes X-Request-Id); upstreamsOfRequests() names the instance that served it. */
  requestId: string | undefined;
}

export interface ProxyClient {
  request(pathname: string, options?: { method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<PlainResponse>;
  postForm(pathname: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<PlainResponse>;
  /** As a browser posts a form without JavaScript to a server action: multipart/form-data. */
  postMultipart(pathname: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<PlainResponse>;
}

/**
 * A client of the proxy from Node, outside the browser, trusting the run's own certificate and keeping
 * its cookies: for what a browser would not send (forged headers, a burst of posts) and for probes.
 */
export function proxyClient(): ProxyClient {
  const { base, proxy } = readCluster();
  const ca = fs.readFileSync(proxy.certFile);
  const cookies = new Map<string, string>();
  const request: ProxyClient["request"] = (pathname, options = {}) =>
    new Promise((resolve, reject) => {
      const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
      const sent = https.request(
        new URL(pathname, base),
        { method: options.method ?? "GET", headers: { connection: "close", ...(cookie ? { cookie } : {}), ...options.headers }, ca, servername: "localhost" },
        (response) => {
          for (const line of response.headers["set-cookie"] ?? []) {
            const [pair = ""] = line.split(";");
            const at = pair.indexOf("=");
            cookies.set(pair.slice(0, at), pair.slice(at + 1));
          }
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const id = response.headers["x-request-id"];
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8"), requestId: typeof id === "string" ? id : undefined });
          });
          response.on("error", reject);
        },
      );
      sent.on("error", reject);
      sent.end(options.body);
    });
  return {
    request,
    postForm: (pathname, fields, headers = {}) => {
      const body = new URLSearchParams(fields).toString();
      return request(pathname, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)), ...headers } });
    },
    async postMultipart(pathname, fields, headers = {}) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      // The platform's own encoder writes the body and its boundary.
      const encoded = new Response(form);
      const body = Buffer.from(await encoded.arrayBuffer());
      return request(pathname, { method: "POST", body, headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length), ...headers } });
    },
  };
}

/** One request to the proxy with no cookies. */
export function requestThroughProxy(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<PlainResponse> {
  return proxyClient().request(pathname, options);
}

/**
 * Which instance served a request, by the upstream the proxy's access log gives for its id. nginx writes
 * the line once the answer has gone out, so it may come a moment after the answer: wait for it.
 */
export async function instanceThatServed(requestId: string | undefined): Promise<"a" | "b" | undefined> {
  if (!requestId) return undefined;
  for (let waited = 0; waited < 5_000; waited += 50) {
    const upstream = upstreamsOfRequests().get(requestId);
    if (upstream !== undefined) return readCluster().instances.find((instance) => upstream === `127.0.0.1:${instance.port}`)?.name;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}
