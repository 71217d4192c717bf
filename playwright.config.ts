import { defineConfig } from "@playwright/test";
import { E2E_PUBLIC_FORM_SUBMISSIONS_PER_HOUR } from "./e2e/support/server-settings";

const port = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * End-to-end tests drive Debian's Chromium (nothing is downloaded) against
 * `next start`, the production server. Run `npm run build` first; `npm test` does.
 */
export default defineConfig({
  testDir: "e2e",
  forbidOnly: true,
  globalTeardown: "./e2e/support/check-server-log.ts",
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  // Sized so that no test needs more than half of its limit on a machine twice as slow as a quiet
  // 2-core one: a test takes at most 15 s there, or is marked slow (three times the limit).
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Chromium's own background traffic is refused on a closed network; --no-sandbox because CI runs as root.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    // A database of its own, fresh for every run and seeded with the demo's people.
    // Its output goes to a log that e2e/support/check-server-log.ts scans for leaked sensitive values.
    command: `mkdir -p data && rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && node server.mjs -p ${port} 2>&1 | tee data/e2e-server.log`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: baseURL,
      // Demo mode on the production build: said twice, and served the static policy site's demo copy (docs/decisions/0021).
      PRIVACY_CENTER_MODE: "demo",
      PRIVACY_CENTER_DEMO_ACKNOWLEDGED: "not-for-real-customers-data",
      POLICY_SITE_DIR: ".next/policy-site-demo",
      DATABASE_URL: "file:./data/e2e.db",
      PUBLIC_FORM_SUBMISSIONS_PER_HOUR: String(E2E_PUBLIC_FORM_SUBMISSIONS_PER_HOUR),
      // The browser connects straight to the server, as to an instance with no proxy in front: nothing it claims in
      // X-Forwarded-For may count. Unset, the server would take a loopback connection for the shipped proxy's
      // (server/auth/client-address.ts); the tests of forged addresses need it told there is none.
      TRUSTED_PROXY_COUNT: "0",
    },
  },
});
