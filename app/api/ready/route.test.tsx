import type { DatabaseHandle } from "@/server/db/create-database";
import { createTestDatabase, ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { beginDraining, resetLifecycleForTests } from "@/server/lifecycle.mjs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "./route";

// The route opens the app's database through server/db/database; here it is each test's own.
let handle: () => Promise<DatabaseHandle>;
vi.mock("@/server/db/database", () => ({ databaseHandle: () => handle() }));

describe.each(ENGINES)("GET /api/ready on %s", (engine) => {
  const database = testDatabaseFor(engine);
  beforeEach(() => {
    handle = () => Promise.resolve({ db: database.db, engine });
  });
  afterEach(() => resetLifecycleForTests());

  async function ask() {
    const response = await GET();
    return { status: response.status, cacheControl: response.headers.get("Cache-Control"), body: (await response.json()) as unknown };
  }

  it("answers 200 when the instance can serve, and is never cached", async () => {
    expect(await ask()).toEqual({ status: 200, cacheControl: "no-store", body: { status: "ready" } });
  });

  it("answers 503 as soon as the instance is draining", async () => {
    beginDraining();
    expect(await ask()).toEqual({ status: 503, cacheControl: "no-store", body: { status: "not ready", reason: "draining: this instance is shutting down" } });
  });

  it("answers 503 with a reason, not a 500, when the database fails", async () => {
    const gone = await createTestDatabase(engine);
    await gone.drop();
    handle = () => Promise.resolve({ db: gone.db, engine });
    expect(await ask()).toEqual({ status: 503, cacheControl: "no-store", body: { status: "not ready", reason: "the database is unreachable" } });
  });
});
