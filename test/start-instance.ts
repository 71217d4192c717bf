/**
 * One instance's start, as instrumentation.ts makes it, minus the background jobs and the HTTP server:
 * the database opened, its schema made ready for this build, and in demo mode the demo seeded
 * (server/prepare-server.ts prepareDatabase). server/start-up.test.ts runs several of these at the same
 * moment on one empty database, as several instances started together would.
 *
 *   DATABASE_URL=… PRIVACY_CENTER_MODE=demo node --conditions=react-server --import tsx test/start-instance.ts
 *
 * Exits 0 once ready, 1 with the reason otherwise.
 */
import Module from "node:module";

// The features' components import their stylesheets, which Next.js bundles; to plain Node they are nothing.
(Module as unknown as { _extensions: Record<string, () => void> })._extensions[".css"] = () => undefined;

async function main(): Promise<void> {
  const [{ seedDemoChoices }, { seedDemoRequests }, { prepareDatabase }] = await Promise.all([
    import("../features/preferences/seed-demo-choices"),
    import("../features/requests/seed-demo-requests"),
    import("../server/prepare-server"),
  ]);
  const handle = await prepareDatabase({ seedDemoChoices, seedDemoRequests });
  await handle.db.destroy();
  console.log("ready");
}

main().catch((error: unknown) => {
  console.error(`The privacy center could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
