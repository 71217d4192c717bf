import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import { createDatabase } from "../../server/db/create-database";
import { migrateToLatest } from "../../server/db/migrate";

/** Deletes the bench's SQLite file (and its WAL), and makes it again with every migration and no rows, ready to seed. */
export async function emptySqliteDatabase(file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const migrating = createDatabase(`file:${file}`);
  await migrateToLatest(migrating.db as Kysely<unknown>, "sqlite");
  await migrating.db.destroy();
}
