import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { instanceThatServed, nginxCommand, readCluster, requestThroughProxy } from "./cluster";

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

/**
 * Sends everything to one instance (the other marked `down`, as an operator drains one), or to both
 * (null), and waits until the proxy's new workers do so: the steps of a journey can then say which
 * instance served them, and the access log proves it.
 */
export async function serveOnly(name: "a" | "b" | null): Promise<void> {
  const cluster = readCluster();
  const settings = cluster.proxy.settings;
  writeProxyConfig({ ...settings, down: name === null ? null : name === "a" ? "b" : "a" });
  nginxCommand(["-s", "reload"]);
  const seen = new Set<string>();
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await requestThroughProxy("/api/health").catch(() => null);
    const served = response?.requestId ? await instanceThatServed(response.requestId) : undefined;
    if (served) seen.add(served);
    if (name === null ? seen.size === 2 : served === name) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The proxy did not switch to ${name ?? "both instances"} after a reload`);
}
