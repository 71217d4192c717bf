import { expect, vi } from "vitest";

/**
 * What every entry-point test (a file named `*.entry.test.ts`) runs in: demo
 * mode (for the secrets env.ts asks for), and the boundary's test double
 * (server/boundary/testing/entry-point-surroundings.ts) in place of the
 * session, the database, Next.js's request APIs and the email dispatcher. A
 * test file that needs another stand-in for one of them (a session that must
 * never be read, a cookie jar) mocks it itself; its vi.mock wins.
 *
 * Other tests (the integration tests on both engines, the unit tests) get
 * nothing from here: they use the real modules.
 */
const testFile = expect.getState().testPath ?? "";

if (/\.entry\.test\.tsx?$/.test(testFile)) {
  process.env.PRIVACY_CENTER_MODE = "demo";
  const surroundings = () => import("@/server/boundary/testing/entry-point-surroundings");
  vi.doMock("@/server/auth/current-account", async () => (await surroundings()).sessionModule());
  vi.doMock("@/server/db/database", async () => (await surroundings()).databaseModule());
  vi.doMock("next/navigation", async () => (await surroundings()).navigationModule());
  vi.doMock("next/headers", async () => (await surroundings()).headersModule());
  vi.doMock("next/cache", async () => (await surroundings()).cacheModule());
  vi.doMock("@/server/email/email-dispatcher", async () => (await surroundings()).dispatcherModule());
}
