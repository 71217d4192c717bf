import type { TestProject } from "vitest/node";
import { findOrStartPostgres } from "./postgres-server";

/**
 * The integration tests run on PostgreSQL as well as SQLite, never skipped:
 * on the server test/postgres-server.ts finds or starts for the run.
 * See docs/decisions/0003-postgres-in-tests.md.
 */
declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await findOrStartPostgres();
  project.provide("postgresAdminUrl", server.adminUrl);
  return () => server.stop();
}
