import { spawn } from "node:child_process";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrationNames } from "./db/migrate";
import { demoAdministrator, demoCustomers } from "./db/seed/demo-people";
import { createTestDatabase, ENGINES, type TestDatabase } from "./db/testing/engines";

const root = path.resolve(import.meta.dirname, "..");

interface Exit {
  code: number | null;
  output: string;
}

/** test/start-instance.ts in a process of its own: one instance's start (database, schema, demo seed), no jobs. */
function startInstance(env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "test/start-instance.ts"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "test", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe.each(ENGINES)("instances starting on %s", (engine) => {
  let made: TestDatabase | undefined;
  afterEach(async () => {
    await made?.drop();
    made = undefined;
  });

  it("all come up when three start at the same moment on an empty database in demo mode, and the demo is seeded once", async () => {
    made = await createTestDatabase(engine, { empty: true });
    const exits = await Promise.all([1, 2, 3].map(() => startInstance({ DATABASE_URL: made!.url, PRIVACY_CENTER_MODE: "demo" })));
    for (const exit of exits) expect(exit, exit.output).toMatchObject({ code: 0, output: expect.stringContaining("ready") });
    // One of them seeded; the others found the seed there.
    expect(exits.filter((exit) => exit.output.includes("Demo mode: created the demo customers"))).toHaveLength(1);

    const db = made.db;
    const accounts = await db.selectFrom("accounts").select("email").execute();
    expect(accounts.map((account) => account.email).sort()).toEqual([...demoCustomers.map((customer) => customer.email), demoAdministrator.email].sort());
    // Alex's copy, the California request and Jordan's correction: each made once.
    const requests = await db.selectFrom("privacyRequests").select("type").execute();
    expect(requests.map((request) => request.type).sort()).toEqual(["access", "california_privacy_rights", "correction"]);
    const migrations = await (db as unknown as Kysely<{ kysely_migration: { name: string } }>).withoutPlugins().selectFrom("kysely_migration").select("name").execute();
    expect(migrations.map((migration) => migration.name).sort()).toEqual(migrationNames(engine));
  }, 90_000);

  it("in production mode refuse a database `npm run migrate` has not brought up to date, exit 1 and say what to run", async () => {
    made = await createTestDatabase(engine, { migratedUpTo: migrationNames(engine).at(-2)! });
    const exit = await startInstance({ DATABASE_URL: made.url, PRIVACY_CENTER_MODE: "production" });
    expect(exit.code).toBe(1);
    expect(exit.output).toMatch(/could not start: the database is behind this build: 1 migration\(s\) have not run \(.+\)\. Run `npm run migrate`/);
    expect(await made.db.selectFrom("accounts").select("id").execute()).toEqual([]);
  }, 40_000);
});
