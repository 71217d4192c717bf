import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { instanceThatServed, isRunning, nginxCommand, readCluster, requestThroughProxy } from "./cluster";

export interface ProxySettings {
  prefix: string;
  httpsPort: number;
  httpPort: number;
  upstreams: { name: "a" | "b"; port: number }[];
  /** An instance nginx must not send anything to, as an operator marks one `down` to drain it. */
  down?: "a" | "b" | null;
}

/** A certificate for localhost and 127.0.0.1, made for this run with openssl (Debian's). */
export function makeCertificate(dir: string): { certFile: string; keyFile: string } {
  const certFile = path.join(dir, "localhost.crt");
  const keyFile = path.join(dir, "localhost.key");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyFile, "-out", certFile, "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], { stdio: "pipe" });
  return { certFile, keyFile };
}

/**
 * The shipped configuration (deploy/render-nginx-config.mjs), standalone under `prefix`, for this run's
 * names and ports. The edge's limit on form posts is raised for the run: the burst below tests that no
 * acknowledged post is lost, not the limit (deploy/nginx/shipped-proxy.test.ts tests the limit).
 */
export function writeProxyConfig(settings: ProxySettings): { configFile: string; args: string[] } {
  const address = (name: "a" | "b") => `127.0.0.1:${settings.upstreams.find((u) => u.name === name)!.port}`;
  // Through its command line, as an operator runs it.
  const args = [
    path.resolve("deploy/render-nginx-config.mjs"),
    "--standalone",
    ...["--out", settings.prefix, "--server-name", "localhost", "--build-dir", process.cwd()],
    ...["--certificate", path.join(settings.prefix, "localhost.crt"), "--certificate-key", path.join(settings.prefix, "localhost.key")],
    ...settings.upstreams.flatMap((u) => ["--upstream", address(u.name)]),
    ...(settings.down ? ["--drain", address(settings.down)] : []),
    ...["--https-listen", `127.0.0.1:${settings.httpsPort}`, "--http-listen", `127.0.0.1:${settings.httpPort}`, "--public-port", String(settings.httpsPort)],
    ...["--forms-rate", "50r/s", "--forms-burst", "100", "--sign-in-rate", "60r/m", "--sign-in-burst", "30"],
  ];
  execFileSync(process.execPath, args, { stdio: "pipe" });
  const configFile = path.join(settings.prefix, "nginx.conf");
  return { configFile, args: ["-p", settings.prefix, "-c", configFile, "-e", path.join(settings.prefix, "error.log")] };
}

export function startProxy(settings: ProxySettings): { pid: number; configFile: string; accessLog: string } {
  const { configFile, args } = writeProxyConfig(settings);
  const child = spawn(process.env.NGINX_PATH ?? "/usr/sbin/nginx", args, { stdio: "ignore", detached: true });
  child.unref();
  return { pid: child.pid!, configFile, accessLog: path.join(settings.prefix, "access.log") };
}

/** The processes `pid` started (nginx's workers, cache manager and loader, for its master). */
function childrenOf(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Sends everything to one instance (the other marked `down`, as an operator drains one), or to both
 * (null), and waits until the proxy's new workers do so: the steps of a journey can then say which
 * instance served them, and the access log proves it.
 */
export async function serveOnly(name: "a" | "b" | null): Promise<void> {
  const cluster = readCluster();
  const settings = cluster.proxy.settings;
  writeProxyConfig({ ...settings, down: name === null ? null : name === "a" ? "b" : "a" });
  // Until the old workers have finished, a new connection may still reach one of them (nginx lets them
  // drain), and it routes by the old configuration: wait until they are gone, then check by probing.
  const master = Number(fs.readFileSync(path.join(settings.prefix, "nginx.pid"), "utf8").trim());
  const oldWorkers = childrenOf(master);
  nginxCommand(["-s", "reload"]);
  for (let waited = 0; oldWorkers.some(isRunning); waited += 50) {
    if (waited > 15_000) throw new Error(`nginx's workers from before the reload (${oldWorkers.join(", ")}) did not finish within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seen = new Set<string>();
  let inARow = 0;
  for (let attempt = 0; attempt < 200; attempt++) {
    const response = await requestThroughProxy("/api/health").catch(() => null);
    const served = response?.requestId ? await instanceThatServed(response.requestId) : undefined;
    if (served) seen.add(served);
    inARow = served !== undefined && served === name ? inARow + 1 : 0;
    if (name === null ? seen.size === 2 : inARow >= 4) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The proxy did not switch to ${name ?? "both instances"} after a reload`);
}
