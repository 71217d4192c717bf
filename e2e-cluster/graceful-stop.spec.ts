import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { demoCustomers } from "../server/db/seed/demo-people";
import { instanceNamed, instanceThatServed, isRunning, proxyClient, readCluster, writeCluster } from "./support/cluster";
import { serveOnly } from "./support/proxy";
import { startInstance, waitForInstance } from "./support/start-cluster";

const alex = demoCustomers[0]!;

interface LogLine {
  msg?: string;
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
}

function logLines(file: string): LogLine[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

async function waitUntil(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 20) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

test("an instance stopped (SIGTERM) while it answers a sign-in finishes that answer, then exits cleanly", async () => {
  await serveOnly("b");
  const b = instanceNamed("b");
  const before = logLines(b.logFile).length;

  // A sign-in: the password's hash takes the instance a few hundred milliseconds of work.
  const client = proxyClient();
  const { csrfToken } = JSON.parse((await client.request("/api/auth/csrf")).body) as { csrfToken: string };
  const answer = client.postForm("/api/auth/callback/credentials", { csrfToken, email: alex.email, password: alex.password });
  // Answered before B began it (by the proxy, or a connection that failed): say so at once rather than wait.
  let settledEarly: string | undefined;
  answer.then(
    (early) => (settledEarly = `answered ${early.status} before B began it`),
    (error: Error) => (settledEarly = `failed before B began it: ${error.message}`),
  );

  // Stop B the moment it has begun that request (its "request started" line, LOG_LEVEL=debug).
  await waitUntil("B begins the sign-in", () => {
    const begun = logLines(b.logFile)
      .slice(before)
      .some((line) => line.msg === "request started" && line.method === "POST" && line.path === "/api/auth/callback/credentials");
    if (!begun && settledEarly) throw new Error(`The sign-in ${settledEarly}`);
    return begun;
  });
  process.kill(b.pid, "SIGTERM");

  const signedIn = await answer;
  expect(signedIn.status, "the sign-in in flight was answered").toBe(302);
  expect(signedIn.headers.location).not.toMatch(/error=/);
  expect(String(signedIn.headers["set-cookie"])).toContain("__Secure-authjs.session-token=");
  expect(await instanceThatServed(signedIn.requestId), "by B itself, not retried elsewhere").toBe("b");

  await waitUntil("B exits", () => !isRunning(b.pid), 30_000);
  const lines = logLines(b.logFile).slice(before);
  const stopping = lines.findIndex((line) => line.msg?.startsWith("Stopping (SIGTERM)"));
  const answered = lines.findIndex((line) => line.msg === "request" && line.requestId === signedIn.requestId);
  expect(stopping, "B logged its stop").toBeGreaterThanOrEqual(0);
  expect(answered, "B answered the sign-in after the stop began").toBeGreaterThan(stopping);
  expect(lines.at(-1)?.msg).toMatch(/^Stopped cleanly in /);

  // The proxy sends everything to A meanwhile: the site still answers. Then B comes back for what follows.
  await serveOnly("a");
  expect((await proxyClient().request("/api/ready")).status).toBe(200);
  const cluster = readCluster();
  const restarted = startInstance("b", b.port, cluster.instanceEnv);
  writeCluster({ ...cluster, instances: cluster.instances.map((instance) => (instance.name === "b" ? restarted : instance)) });
  await waitForInstance(restarted);
  await serveOnly(null);
});
