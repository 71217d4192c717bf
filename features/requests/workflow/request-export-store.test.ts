import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { EXPORT_PAGE_SIZE } from "@/features/dashboard/build-data-export";
import { insertCallRecords } from "@/features/dashboard/testing/held-records";
import { recordReads } from "@/features/dashboard/testing/record-reads";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { migrateUpTo } from "@/server/db/migrate";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { findRequestExport, readWholeExport } from "./request-export-store";
import { completeRequest, verifyRequest } from "./request-workflow";
import { insertAdministrator, insertTestRequest, SOON_AFTER, testCipher } from "./workflow-test-fixtures";

const deps = { cipher: testCipher, siteUrl: "https://privacy.example.com/", policyVersion: "2026-11-20" };
const CALLS = 1_500;

describe.each(ENGINES)("an access request's copy, in sealed parts, on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let admin: string;
  let customerId: string;
  let reference: string;

  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
    customerId = await insertTestCustomer(handle.db);
    await insertCallRecords(handle.db, customerId, CALLS);
    reference = await insertTestRequest(handle.db, { type: "access", customerId });
    await verifyRequest(handle.db, { reference, actorAccountId: admin, method: "Phone call" }, {}, SOON_AFTER);
    expect((await completeRequest(handle.db, { reference, actorAccountId: admin, message: "Here is everything." }, deps, SOON_AFTER)).ok).toBe(true);
  });

  const partsOf = () =>
    handle.db
      .selectFrom("requestExportParts")
      .innerJoin("privacyRequests", "privacyRequests.id", "requestExportParts.requestId")
      .select(["requestExportParts.requestId", "requestExportParts.part", "requestExportParts.ciphertext"])
      .where("privacyRequests.reference", "=", reference)
      .orderBy("requestExportParts.part")
      .execute();

  it("holds every call record, in order, as of completion, and is stored in several sealed parts", async () => {
    const parts = await partsOf();
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((part) => part.part)).toEqual(parts.map((_, index) => index));
    for (const part of parts) expect(part.ciphertext).not.toContain("Test Customer");

    // A call made after the answer is not in it: the copy is what answered the request.
    await insertCallRecords(handle.db, customerId, 1, { start: new Date("2026-12-04T00:00:00.000Z") });

    const copy = (await findRequestExport(handle.db, customerId, reference, testCipher))!;
    expect(copy.partCount).toBe(parts.length);
    const body = JSON.parse(await readWholeExport(copy.parts)) as { categories: { id: string; records: unknown }[]; requests: { reference: string; timeline: { kind: string }[] }[] };
    const cpni = body.categories.find((category) => category.id === "cpni")!.records as { callRecordCount: number; callRecords: { startedAt: string }[] };
    expect(cpni.callRecordCount).toBe(CALLS);
    const held = await handle.db.selectFrom("callRecords").select("startedAt").where("customerId", "=", customerId).where("startedAt", "<", "2026-12-04").orderBy("startedAt").execute();
    expect(cpni.callRecords.map((call) => call.startedAt)).toEqual(held.map((row) => row.startedAt));
    // The request itself, with its timeline up to the answer.
    expect(body.requests.map((request) => request.reference)).toEqual([reference]);
    expect(body.requests[0]!.timeline.map((event) => event.kind)).toEqual(["received", "verified"]);
  });

  it("opens one part at a time as the copy is read", async () => {
    const opened: string[] = [];
    const spying = { ...testCipher, open: (keyId: string, sealed: string) => (opened.push(keyId), testCipher.open(keyId, sealed)) };
    const lazy = (await findRequestExport(handle.db, customerId, reference, spying))!;
    const iterator = lazy.parts[Symbol.asyncIterator]();
    expect(opened).toHaveLength(0);
    await iterator.next();
    expect(opened).toHaveLength(1);
    await iterator.return?.(undefined);
    expect(lazy.partCount).toBeGreaterThan(1);
  });

  it("is made from the records read a page at a time, within the completion", async () => {
    const recorder = recordReads(handle.db);
    const another = await insertTestRequest(handle.db, { type: "access", customerId });
    await verifyRequest(handle.db, { reference: another, actorAccountId: admin, method: "Phone call" }, {}, SOON_AFTER);
    const before = recorder.of("call_records").length;
    expect((await completeRequest(recorder.db, { reference: another, actorAccountId: admin, message: "Again." }, deps, SOON_AFTER)).ok).toBe(true);
    const reads = recorder.of("call_records").slice(before);
    // The count and the dashboard's recent calls, then the whole list a page at a time: never more than a page at once.
    expect(Math.max(...reads.map((read) => read.rows))).toBeLessThanOrEqual(EXPORT_PAGE_SIZE);
    expect(reads.filter((read) => read.rows === EXPORT_PAGE_SIZE)).toHaveLength(Math.floor(CALLS / EXPORT_PAGE_SIZE));
  });

  it("is refused, not sent cut short, when a part is missing", async () => {
    const parts = await partsOf();
    const last = parts.at(-1)!;
    await handle.db.deleteFrom("requestExportParts").where("requestId", "=", last.requestId).where("part", "=", last.part).execute();
    await expect(findRequestExport(handle.db, customerId, reference, testCipher)).rejects.toThrow(/has \d+ of its \d+ parts/);
  });
});

describe.each(ENGINES)("migration 0013 (a copy in parts) on %s", (engine) => {
  const handle = testDatabaseFor(engine, { migratedUpTo: "0012-request-channel" });

  it("keeps a copy made before it as a copy of one part, unchanged", async () => {
    const { db } = handle;
    const customerId = await insertTestCustomer(db);
    const reference = await insertTestRequest(db, { type: "access", customerId });
    await db.updateTable("privacyRequests").set({ status: "completed", closedAt: SOON_AFTER.toISOString() }).where("reference", "=", reference).execute();
    const { id } = await db.selectFrom("privacyRequests").select("id").where("reference", "=", reference).executeTakeFirstOrThrow();
    const body = JSON.stringify({ format: "phone.com-privacy-data/1", marker: randomUUID() }, null, 2);
    // The columns as they were before 0013.
    await (db as unknown as Kysely<{ request_exports: Record<string, string> }>)
      .insertInto("request_exports")
      .values({ request_id: id, created_at: SOON_AFTER.toISOString(), file_name: "old.json", ...Object.fromEntries(Object.entries(testCipher.seal(body)).map(([key, value]) => [key === "keyId" ? "key_id" : key, value])) })
      .execute();

    await migrateUpTo(db as unknown as Kysely<unknown>, engine, null);

    const copy = (await findRequestExport(db, customerId, reference, testCipher))!;
    expect(copy).toMatchObject({ fileName: "old.json", partCount: 1 });
    expect(await readWholeExport(copy.parts)).toBe(body);
  });
});
