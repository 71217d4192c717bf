import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // "server-only" throws outside React Server Components; unit tests run server code directly.
      "server-only": path.resolve(__dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["features/**/*.test.{ts,tsx}", "server/**/*.test.ts", "content/**/*.test.ts", "components/**/*.test.tsx"],
    environment: "node",
  },
});
