import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, type DatabaseHandle, type Engine } from "../create-database";
import { migrateUpTo } from "../migrate";

export const ENGINES: Engine[] = ["sqlite", "postgres"];

/**
 * A fresh, migrated database of the given engine, all of its own: a temporary
 * SQLite file, or a PostgreSQL database created for it. `url` opens it again
 * (as another process would); `drop()` removes it. `migratedUpTo` stops at
 * that migration, to test the next one's backfill; `empty` leaves it unmigrated.
 */
export async function createTestDatabase(engine: Engine, options: { migratedUpTo?: string; empty?: boolean } = {}): Promise<DatabaseHandle & { url: string; drop(): Promise<void> }> {
  const migrate = async (db: Kysely<unknown>) => {
    if (!options.empty) await migrateUpTo(db, engine, options.migratedUpTo ?? null);
  };
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-center-db-"));
    const fileUrl = `file:${path.join(dir, "test.db")}`;
    const handle = createDatabase(fileUrl);
    await migrate(handle.db as Kysely<unknown>);
    return { ...handle, url: fileUrl, drop: async () => { await handle.db.destroy(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `privacy_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = createDatabase(url.toString());
  await migrate(handle.db as Kysely<unknown>);
  return {
    ...handle,
    url: url.toString(),
    drop: async () => {
      await handle.db.destroy();
      // Not "with (force)": that makes the server kill connections the pool is still closing, which
      // then report errors after the test. The pool's last connections close within moments; wait for them.
      const cleaner = new pg.Client({ connectionString: adminUrl });
      await cleaner.connect();
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            await cleaner.query(`drop database if exists ${name}`);
            break;
          } catch (error) {
            if (attempt >= 20 || (error as { code?: string }).code !== "55006") throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await cleaner.end();
      }
    },
  };
}

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

/**
 * A fresh database on `engine` for the describe block this is called in:
 * made before the block's tests and dropped after them. Call it before the
 * block's own beforeAll, which can then fill it. What it answers stands for
 * that database once made: read it in hooks and tests, not while the block is
 * being declared.
 */
export function testDatabaseFor(engine: Engine, options: { migratedUpTo?: string } = {}): Omit<TestDatabase, "drop"> {
  let made: TestDatabase | undefined;
  beforeAll(async () => {
    made = await createTestDatabase(engine, options);
  });
  afterAll(async () => made?.drop());
  const current = (): TestDatabase => {
    if (!made) throw new Error("The test database is made in beforeAll: read it in a hook or a test.");
    return made;
  };
  return {
    engine,
    get db() {
      return current().db;
    },
    get sqlite() {
      return current().sqlite;
    },
    get url() {
      return current().url;
    },
  };
}
