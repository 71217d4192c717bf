import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; unit tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["app/**/*.test.tsx", "features/**/*.test.{ts,tsx}", "server/**/*.test.ts", "lib/**/*.test.ts", "content/**/*.test.ts", "components/**/*.test.tsx", "deploy/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/postgres-global-setup.ts"],
    // Files named *.entry.test.ts get the boundary's test double in place of the session, the database and Next.js's request APIs.
    setupFiles: ["test/entry-point-setup.ts"],
    // Integration tests hash passwords and create databases; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
