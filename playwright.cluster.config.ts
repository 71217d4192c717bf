import { defineConfig } from "@playwright/test";
import { CLUSTER_PORTS } from "./e2e-cluster/support/start-cluster";

/**
 * The cluster test (issue 14): the shipped proxy (deploy/) with TLS in front of two production-mode
 * instances on one PostgreSQL database, driven through the proxy only. Started by
 * e2e-cluster/support/start-cluster.ts; needs the build (`npm run build`) and Debian's nginx.
 * `npm test` runs it after the main end-to-end suite: `playwright test -c playwright.cluster.config.ts`.
 */
export default defineConfig({
  testDir: "e2e-cluster",
  forbidOnly: true,
  globalSetup: "./e2e-cluster/support/start-cluster.ts",
  retries: 0,
  // The journeys steer the one proxy and stop instances: one at a time.
  workers: 1,
  fullyParallel: false,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `https://localhost:${CLUSTER_PORTS.https}`,
    ignoreHTTPSErrors: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium" }],
});
