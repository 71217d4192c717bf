import net from "node:net";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { beginDraining, resetLifecycleForTests } from "./lifecycle.mjs";
import { notReadyBecause } from "./readiness";
import { createDatabase } from "./db/create-database";
import { migrationNames } from "./db/migrate";
import { createTestDatabase, ENGINES, testDatabaseFor } from "./db/testing/engines";

describe.each(ENGINES)("readiness on %s", (engine) => {
  const current = testDatabaseFor(engine);
  // One migration short of this build: the newest is not run.
  const [secondNewest, newest] = migrationNames(engine).slice(-2);
  const behind = testDatabaseFor(engine, { migratedUpTo: secondNewest });
  const handleOf = (database: typeof current) => () => Promise.resolve({ db: database.db, engine });

  afterEach(() => resetLifecycleForTests());

  it("is ready when the database answers and holds exactly this build's migrations", async () => {
    expect(await notReadyBecause(handleOf(current))).toBeNull();
  });

  it("is not ready once the process is draining, whatever the database says", async () => {
    beginDraining();
    expect(await notReadyBecause(handleOf(current))).toBe("draining: this instance is shutting down");
  });

  it("is not ready on a schema the deploy has not migrated yet", async () => {
    expect(await notReadyBecause(handleOf(behind))).toBe(
      `the database is behind this build: 1 migration(s) have not run (${newest}). Run \`npm run migrate\` with the same DATABASE_URL once, then start the instances.`,
    );
  });

  it("is not ready on a schema a newer build contracted, and ready on one only expanded (a rolling deploy)", async () => {
    for (const [name, expected] of [
      ["9999-contract-drop-something", /^the database is ahead of this build: a newer build ran 9999-contract-drop-something/],
      ["9999-add-something", null],
    ] as const) {
      await sql`insert into kysely_migration (name, timestamp) values (${name}, '2026-11-30T00:00:00.000Z')`.execute(current.db);
      try {
        const reason = await notReadyBecause(handleOf(current));
        if (expected) expect(reason).toMatch(expected);
        else expect(reason).toBeNull();
      } finally {
        await sql`delete from kysely_migration where name = ${name}`.execute(current.db);
      }
    }
  });

  it("is not ready, without throwing, when the database is gone or cannot be opened", async () => {
    const closed = await createTestDatabase(engine);
    await closed.drop();
    expect(await notReadyBecause(() => Promise.resolve({ db: closed.db, engine }))).toBe("the database is unreachable");
    expect(await notReadyBecause(() => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")))).toBe("the database is unreachable");
  });
});

describe("readiness against a PostgreSQL server that is not there, or does not answer", () => {
  it("is not ready when the connection is refused", async () => {
    // Port 9 (discard) has no listener here: the connection is refused at once.
    const nowhere = createDatabase("postgres://nobody@127.0.0.1:9/none");
    try {
      expect(await notReadyBecause(() => Promise.resolve(nowhere))).toBe("the database is unreachable");
    } finally {
      await nowhere.db.destroy();
    }
  });

  it("gives up waiting after 2 s rather than leaving the probe hanging", async () => {
    // Takes the connection and never says a word: pg waits for its greeting forever.
    const silent = net.createServer(() => {});
    const sockets = new Set<net.Socket>();
    silent.on("connection", (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const hanging = createDatabase(`postgres://nobody@127.0.0.1:${port}/none`);
    try {
      expect(await notReadyBecause(() => Promise.resolve(hanging))).toBe("the database did not answer within 2 s");
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
      await hanging.db.destroy().catch(() => {});
    }
  });
});
