import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
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

// TEMPORARY: replaced by deploy/'s renderer when the shipped configuration lands.
export function proxyConfig(settings: ProxySettings): string {
  const servers = settings.upstreams.map((u) => `    server 127.0.0.1:${u.port} max_fails=2 fail_timeout=5s${settings.down === u.name ? " down" : ""};`).join("\n");
  return `daemon off;
worker_processes 1;
pid ${settings.prefix}/nginx.pid;
events { worker_connections 512; }
http {
  access_log ${settings.prefix}/access.log;
  client_body_temp_path ${settings.prefix}/tmp-body;
  proxy_temp_path ${settings.prefix}/tmp-proxy;
  fastcgi_temp_path ${settings.prefix}/tmp-fastcgi;
  uwsgi_temp_path ${settings.prefix}/tmp-uwsgi;
  scgi_temp_path ${settings.prefix}/tmp-scgi;
  log_format cluster escape=json '{"request_id":"$request_id","upstream":"$upstream_addr","status":"$status","uri":"$uri"}';
  upstream privacy_center {
    least_conn;
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${settings.httpPort};
    return 301 https://$host:${settings.httpsPort}$request_uri;
  }
  server {
    listen 127.0.0.1:${settings.httpsPort} ssl;
    ssl_certificate ${settings.prefix}/localhost.crt;
    ssl_certificate_key ${settings.prefix}/localhost.key;
    access_log ${settings.prefix}/cluster-access.log cluster;
    add_header X-Request-Id $request_id always;
    location / {
      proxy_pass http://privacy_center;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto https;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Port $server_port;
      proxy_set_header X-Request-Id $request_id;
      proxy_set_header x-middleware-subrequest "";
    }
  }
}
`;
}

export function writeProxyConfig(settings: ProxySettings): string {
  const configFile = path.join(settings.prefix, "nginx.conf");
  fs.writeFileSync(configFile, proxyConfig(settings));
  return configFile;
}

export function startProxy(settings: ProxySettings): { pid: number; configFile: string; accessLog: string } {
  const configFile = writeProxyConfig(settings);
  const child = spawn(process.env.NGINX_PATH ?? "/usr/sbin/nginx", ["-p", settings.prefix, "-c", configFile, "-e", path.join(settings.prefix, "error.log")], { stdio: "ignore", detached: true });
  child.unref();
  return { pid: child.pid!, configFile, accessLog: path.join(settings.prefix, "cluster-access.log") };
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
