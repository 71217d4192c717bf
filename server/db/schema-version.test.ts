import { type Kysely, sql } from "kysely";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readySchema, SchemaVersionError } from "./database";
import { isContractMigration, migrationNames, readSchemaState, schemaRefusal } from "./migrate";
import { createTestDatabase, ENGINES, type TestDatabase } from "./testing/engines";
import { logger } from "../log/logger.mjs";

/** Records a migration as run, as a newer build's `npm run migrate` would have. */
async function recordRun(db: Kysely<unknown>, name: string): Promise<void> {
  await sql`insert into kysely_migration (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(db);
}

describe.each(ENGINES)("a production instance's schema check on %s", (engine) => {
  let made: TestDatabase | undefined;
  afterEach(async () => {
    await made?.drop();
    made = undefined;
    vi.restoreAllMocks();
  });
  const names = migrationNames(engine);

  it("refuses a database behind this build, naming what has not run and `npm run migrate`, and migrates nothing", async () => {
    made = await createTestDatabase(engine, { migratedUpTo: names.at(-2)! });
    const refused = readySchema(made, { migrate: false });
    await expect(refused).rejects.toThrow(SchemaVersionError);
    await expect(refused).rejects.toThrow(`the database is behind this build: 1 migration(s) have not run (${names.at(-1)}). Run \`npm run migrate\``);
    expect((await readSchemaState(made.db as Kysely<unknown>, engine)).missing).toEqual([names.at(-1)]);
  });

  it("refuses an empty database the same way", async () => {
    made = await createTestDatabase(engine, { empty: true });
    await expect(readySchema(made, { migrate: false })).rejects.toThrow(
      `behind this build: ${names.length} migration(s) have not run (${names.slice(0, 3).join(", ")} and ${names.length - 3} more). Run \`npm run migrate\``,
    );
  });

  it("refuses a database a newer build has contracted (an extra contract migration in kysely_migration)", async () => {
    made = await createTestDatabase(engine);
    await recordRun(made.db as Kysely<unknown>, "9001-contract-drop-legacy-columns");
    await expect(readySchema(made, { migrate: false })).rejects.toThrow(
      "the database is ahead of this build: a newer build ran 9001-contract-drop-legacy-columns, which removes what this build uses. This build is older than the database",
    );
  });

  it("serves on a database ahead only by expand migrations (a rolling deploy's newer release), and says so", async () => {
    made = await createTestDatabase(engine);
    await recordRun(made.db as Kysely<unknown>, "9001-add-delivery-priority");
    const log = vi.spyOn(logger(), "info").mockImplementation(() => undefined);
    await expect(readySchema(made, { migrate: false })).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/ahead of this build by expand-only migrations \(9001-add-delivery-priority\): serving/));
  });

  it("serves on a current database", async () => {
    made = await createTestDatabase(engine);
    await expect(readySchema(made, { migrate: false })).resolves.toBeUndefined();
  });

  it("in demo mode brings an older database up to date instead", async () => {
    made = await createTestDatabase(engine, { migratedUpTo: names.at(-3)! });
    await readySchema(made, { migrate: true });
    expect(await readSchemaState(made.db as Kysely<unknown>, engine)).toEqual({ missing: [], unknown: [] });
  });
});

describe("which migrations contract the schema", () => {
  it("is said by the name, so that an older build can tell a newer one's", () => {
    expect(isContractMigration("0042-contract-drop-request-exports-ciphertext")).toBe(true);
    expect(isContractMigration("0042-request-priority")).toBe(false);
    expect(schemaRefusal({ missing: [], unknown: ["0042-request-priority", "0043-outbox-index"] })).toBeNull();
    expect(schemaRefusal({ missing: [], unknown: ["0042-request-priority", "0043-contract-drop-x"] })).toMatch(/ran 0043-contract-drop-x,/);
  });

  it("holds for every migration here: one that drops or renames anything is named a contract", async () => {
    // A migration that removes or renames what an older release reads is a contract (docs/decisions/0021);
    // an index dropped and made again (0006) takes nothing away.
    const fs = await import("node:fs");
    const path = await import("node:path");
    const dir = path.join(import.meta.dirname, "migrations");
    const removing = fs
      .readdirSync(dir)
      .filter((file) => /^\d{4}-.*\.ts$/.test(file) && !file.endsWith(".test.ts"))
      .filter((file) => /\.(dropColumn|dropTable|renameColumn|renameTo)\(|\b(drop|rename)\s+(column|table)\b/i.test(fs.readFileSync(path.join(dir, file), "utf8")))
      .map((file) => file.replace(/\.ts$/, ""));
    expect(removing.filter((name) => !isContractMigration(name))).toEqual([]);
    expect(removing).toContain("0013-request-export-parts");
  });
});
