import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { dataCategories } from "@/content/data-categories";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { addInternalNote, verifyRequest } from "@/features/requests/workflow/request-workflow";
import { insertAdministrator, insertCustomerRecords, insertTestRequest, SOON_AFTER } from "@/features/requests/workflow/workflow-test-fixtures";
import { serializeJson } from "@/lib/streaming-json";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { DATA_EXPORT_FORMAT, dataExportFileName, readDataExport, streamDataExport } from "./build-data-export";
import { insertCallRecords } from "./testing/held-records";
import { recordReads } from "./testing/record-reads";

const NOW = new Date("2026-12-05T12:00:00.000Z");
const context = { now: NOW, siteUrl: "https://privacy.example.com/", policyVersion: "2026-11-20" };
const CALLS = 1_500;

interface Copy {
  format: string;
  categories: { id: string; policySection: { url: string }; records: unknown }[];
  choices: { current: { key: string; value: boolean; method: string }[]; history: { choiceKey: string; oldValue: boolean | null; newValue: boolean; method: string }[] };
  requests: { reference: string; type: string; status: string; details: unknown; timeline: { kind: string; message: string }[] }[];
  notices: { policyChangeNotices: { versionId: string }[]; emails: { subject: string; queuedAt: string; sentAt: string | null }[] };
}
type Cpni = { callRecordCount: number; callRecords: { startedAt: string; otherParty: string }[]; billingPeriods: { period: string }[]; services: unknown[] };

async function readAll(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe.each(ENGINES)("the complete copy on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  let customerId: string;
  let email: string;
  let bystander: string;
  let startTimes: string[];
  let ownRequest: string;
  let reportAboutThem: string;

  beforeAll(async () => {
    const { db } = handle;
    customerId = await insertTestCustomer(db);
    bystander = await insertTestCustomer(db, { email: `bystander-${randomUUID()}@example.com` });
    email = (await db.selectFrom("accounts").select("email").where("id", "=", customerId).executeTakeFirstOrThrow()).email;
    await insertCustomerRecords(db, customerId, NOW);
    await insertCustomerRecords(db, bystander, NOW);
    startTimes = await insertCallRecords(db, customerId, CALLS);
    await insertCallRecords(db, bystander, 20, { start: new Date("2020-06-01T00:00:00.000Z") });
    // Thirty more months of bills, beyond the six the dashboard shows.
    await db
      .insertInto("cpniBillingPeriods")
      .values(Array.from({ length: 30 }, (_, index) => ({ id: randomUUID(), customerId, period: `2019-${String((index % 12) + 1).padStart(2, "0")}`.replace("2019", String(2019 + Math.floor(index / 12))), amountCents: 1000 + index, minutesUsed: index, messagesSent: index })))
      .execute();
    await db
      .insertInto("consentRecords")
      .values([
        { customerId, choiceKey: "promotional-email", oldValue: 0, newValue: 1, method: "dashboard", policyVersion: "2026-11-20", createdAt: "2026-11-21T00:00:00.000Z" },
        { customerId, choiceKey: "advertising-cookies", oldValue: 1, newValue: 0, method: "gpc", policyVersion: "2026-11-20", createdAt: "2026-11-22T00:00:00.000Z" },
      ])
      .execute();
    const admin = await insertAdministrator(db);
    ownRequest = await insertTestRequest(db, { type: "correction", customerId, details: { field: "cpni", fieldTitle: "CPNI", correction: "Wrong plan" } });
    await verifyRequest(db, { reference: ownRequest, actorAccountId: admin, method: "Phone call" }, {}, SOON_AFTER);
    await addInternalNote(db, { reference: ownRequest, actorAccountId: admin, note: "STAFF ONLY: billing says otherwise" }, undefined, SOON_AFTER);
    // A report someone else made about them: the reporter's, never shown to the customer.
    reportAboutThem = await insertTestRequest(db, { type: "minor_report", customerId });
    await insertTestRequest(db, { type: "access", customerId: bystander });
    await db.insertInto("policyNotices").values({ versionId: "2026-11-20", customerId, queuedAt: "2026-11-20T08:00:00.000Z" }).execute();
    const mail = (to: string, subject: string, createdAt: string) => ({
      id: randomUUID(), toAddress: to, subject, textBody: "https://privacy.example.com/reset?token=SECRET-LINK", headersJson: "{}", category: "transactional" as const,
      createdAt, sentAt: createdAt, attempts: 1, lastError: null, nextAttemptAt: createdAt,
    });
    await db.insertInto("emailOutbox").values([mail(email, "Our privacy policy is changing", "2026-11-20T08:00:00.000Z"), mail(`bystander-mail@example.com`, "Not yours", "2026-11-20T09:00:00.000Z")]).execute();
  });

  const download = async () => {
    const chunks = await streamDataExport(handle.db, customerId, dataCategories, context);
    const text = await readAll(chunks!);
    return { text, copy: JSON.parse(text) as Copy };
  };
  const cpniOf = (copy: Copy) => copy.categories.find((category) => category.id === "cpni")!.records as Cpni;

  it("holds every call record the center keeps, oldest first, the other party masked, and no one else's", async () => {
    const { copy, text } = await download();
    expect(copy.format).toBe(DATA_EXPORT_FORMAT);
    const cpni = cpniOf(copy);
    // insertCustomerRecords adds five calls of its own.
    expect(cpni.callRecordCount).toBe(CALLS + 5);
    expect(cpni.callRecords).toHaveLength(CALLS + 5);
    const held = await handle.db.selectFrom("callRecords").select("startedAt").where("customerId", "=", customerId).orderBy("startedAt").execute();
    expect(cpni.callRecords.map((call) => call.startedAt)).toEqual(held.map((row) => row.startedAt));
    expect(startTimes.every((at) => cpni.callRecords.some((call) => call.startedAt === at))).toBe(true);
    expect(cpni.callRecords.every((call) => /^•••-•••-\d{4}$/.test(call.otherParty))).toBe(true);
    expect(text).not.toContain("212 555");
    expect(text).not.toContain("2020-06-01");
  });

  it("holds every billing period, not the last six", async () => {
    const { copy } = await download();
    const periods = cpniOf(copy).billingPeriods.map((period) => period.period);
    const held = await handle.db.selectFrom("cpniBillingPeriods").select("period").where("customerId", "=", customerId).orderBy("period").execute();
    expect(periods).toEqual(held.map((row) => row.period));
    expect(periods).toHaveLength(34);
  });

  it("holds the choices as they stand and every change to them", async () => {
    const { copy } = await download();
    expect(copy.choices.history.map(({ choiceKey, oldValue, newValue, method }) => ({ choiceKey, oldValue, newValue, method }))).toEqual([
      { choiceKey: "promotional-email", oldValue: null, newValue: false, method: "dashboard" },
      { choiceKey: "promotional-email", oldValue: false, newValue: true, method: "dashboard" },
      { choiceKey: "advertising-cookies", oldValue: true, newValue: false, method: "gpc" },
    ]);
    expect(copy.choices.current.find((choice) => choice.key === "advertising-cookies")).toMatchObject({ value: false, method: "gpc" });
    expect(copy.choices.current.find((choice) => choice.key === "promotional-email")).toMatchObject({ value: true, method: "dashboard" });
  });

  it("holds the requests the customer made with the timeline meant for them: never a staff note, never a report about them", async () => {
    const { copy, text } = await download();
    expect(copy.requests.map((request) => request.reference)).toEqual([ownRequest]);
    const [request] = copy.requests;
    expect(request).toMatchObject({ type: "correction", status: "verified", details: { correction: "Wrong plan" } });
    expect(request!.timeline.map((event) => event.kind)).toEqual(["received", "verified"]);
    expect(text).not.toContain("STAFF ONLY");
    expect(text).not.toContain(reportAboutThem);
  });

  it("holds the notices sent to them, without the text of any message (which may carry a one-time link)", async () => {
    const { copy, text } = await download();
    expect(copy.notices.policyChangeNotices).toEqual([{ versionId: "2026-11-20", queuedAt: "2026-11-20T08:00:00.000Z" }]);
    expect(copy.notices.emails).toEqual([{ subject: "Our privacy policy is changing", category: "transactional", queuedAt: "2026-11-20T08:00:00.000Z", sentAt: "2026-11-20T08:00:00.000Z" }]);
    expect(text).not.toContain("SECRET-LINK");
    expect(text).not.toContain("Not yours");
  });

  it("holds the CPNI notices sent to them and each use of their CPNI for marketing, and nobody else's", async () => {
    for (const [owner, address] of [[customerId, email], [bystander, "bystander@example.com"]] as const) {
      await handle.db.insertInto("cpniNotices").values({ customerId: owner, sentAt: "2026-10-01T09:00:00.000Z", toAddress: address, emailId: null, noticeVersion: "2026-11-20", kind: "first" }).execute();
      await handle.db
        .insertInto("cpniUses")
        .values({ customerId: owner, purpose: "communications-marketing", campaign: `fax-offer-${owner}`, cpniUsed: "services", offered: "Call recording", usedAt: "2026-11-02T09:00:00.000Z" })
        .execute();
    }
    const { copy } = await download();
    expect((copy.notices as unknown as { cpniNotices: unknown[] }).cpniNotices).toEqual([
      { sentAt: "2026-10-01T09:00:00.000Z", toAddress: email, noticeVersion: "2026-11-20", kind: "first" },
    ]);
    expect((cpniOf(copy) as unknown as { usesForMarketing: unknown[] }).usesForMarketing).toEqual([
      { usedAt: "2026-11-02T09:00:00.000Z", purpose: "communications-marketing", campaign: `fax-offer-${customerId}`, cpniUsed: "services", offered: "Call recording" },
    ]);
  });

  it("keeps sensitive values masked, and cites the policy by absolute links", async () => {
    const { copy, text } = await download();
    expect(text).toContain("***-**-6789");
    for (const plaintext of ["123-45-6789", "123456789", "4111111111111111"]) expect(text).not.toContain(plaintext);
    expect(copy.categories.map((category) => category.id)).toEqual(dataCategories.map((category) => category.id));
    expect(copy.categories.find((category) => category.id === "cpni")!.policySection.url).toBe("https://privacy.example.com/privacy#cpni");
  });

  it("reads the call records a page at a time, and only when the writer reaches them", async () => {
    const recorder = recordReads(handle.db);
    const document = await readDataExport(recorder.db, customerId, dataCategories, context, 200);
    // The count and the dashboard's recent calls, read with the rest of the inventory.
    const before = recorder.of("call_records").length;
    const pieces = serializeJson(document);
    let written = "";
    while (!written.includes('"callRecords": ')) written += (await pieces.next()).value as string;
    // Everything up to the list is written, and not one page of it has been read yet.
    expect(recorder.of("call_records")).toHaveLength(before);
    // The next piece (about 16 KB of calls) needs the first page, and only it.
    await pieces.next();
    expect(recorder.of("call_records")).toHaveLength(before + 1);
    for (let next = await pieces.next(); !next.done; next = await pieces.next()) written += next.value;
    const pages = recorder.of("call_records").slice(before);
    // 1,505 calls in pages of 200: eight pages, none larger than a page.
    expect(pages.map((page) => page.rows)).toEqual([200, 200, 200, 200, 200, 200, 200, 105]);
  });

  it("is null for an account without a customer record, and names the file by the UTC day", async () => {
    const admin = await insertAdministrator(handle.db);
    expect(await streamDataExport(handle.db, admin, dataCategories, context)).toBeNull();
    expect(dataExportFileName(new Date("2026-11-28T23:59:59.000Z"))).toBe("phone-com-privacy-data-2026-11-28.json");
  });
});
