import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { site } from "@/content/site";
import { loadPolicyVersions } from "@/features/policy/load-policy-versions";
import { buildTimeline, isoDay, type TimelineEntry } from "@/features/policy/policy-timeline";
import { policyMarkdown } from "@/features/policy/testing/policy-markdown";
import { breakOutboxFor, FAILING_ADDRESS, insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { createDatabase, type DatabaseHandle } from "@/server/db/create-database";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { announcePolicyChanges } from "./service";

const SITE_URL = "https://privacy.example.com";
const BODY = "Opening words.\n\n## General Privacy Guidelines {#general-privacy-guidelines}\n\nWhat we do.\n";

/** The privacy team's three versions: the first, a typo fix, then a material change. */
const VERSIONS = {
  first: { id: "2027-01-01", published: "2027-01-01", effective: "2027-01-01", material: false, summary: "The first version." },
  typoFix: { id: "2027-02-01", published: "2027-02-01", effective: "2027-02-01", material: false, summary: "A typo fixed." },
  material: { id: "2027-03-01", published: "2027-01-10", effective: "2027-03-01", material: true, summary: "We now keep call records for 90 days instead of a year." },
};

const folders: string[] = [];
/** A test content folder holding the given versions, as they would be published. */
function contentFolder(...versions: (typeof VERSIONS)[keyof typeof VERSIONS][]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-notices-"));
  folders.push(dir);
  for (const version of versions) publish(dir, version);
  return dir;
}
function publish(dir: string, version: (typeof VERSIONS)[keyof typeof VERSIONS]): void {
  fs.writeFileSync(path.join(dir, `${version.id}.md`), policyMarkdown(version, BODY));
}
/** The timeline as the server would see it on that day. */
function historyOn(dir: string, day: string): TimelineEntry[] {
  return buildTimeline(loadPolicyVersions(dir), isoDay(new Date(`${day}T12:00:00Z`)));
}
afterEach(() => folders.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe.each(ENGINES)("policy-change notices on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  beforeAll(async () => {
    await breakOutboxFor(handle.db, engine);
  });
  beforeEach(async () => {
    await handle.db.deleteFrom("emailOutbox").execute();
    await handle.db.deleteFrom("policyAnnouncements").execute();
    // Customers, their consent records and notices go by cascade.
    await handle.db.deleteFrom("accounts").execute();
  });

  const announce = (entries: TimelineEntry[], day: string, batchSize?: number, db = handle.db) =>
    announcePolicyChanges(db, entries, { siteUrl: SITE_URL, now: new Date(`${day}T12:00:00Z`), batchSize });

  /**
   * Another server instance: its own pool of connections to the same database.
   * SQLite instances are separate processes (better-sqlite3 waits for a lock
   * synchronously, so two connections in one process would block each other);
   * here they share the one connection, whose transactions begin IMMEDIATE
   * just as across processes.
   */
  async function openSecondInstance(): Promise<{ db: DatabaseHandle["db"]; close(): Promise<void> }> {
    if (engine === "sqlite") return { db: handle.db, close: async () => undefined };
    const current = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
    const url = new URL(inject("postgresAdminUrl"));
    url.pathname = `/${current.rows[0]!.name}`;
    const other = createDatabase(url.toString());
    return { db: other.db, close: () => other.db.destroy() };
  }

  async function customers(count: number): Promise<{ id: string; email: string }[]> {
    const made = [];
    for (let n = 0; n < count; n++) {
      const id = await insertTestCustomer(handle.db);
      made.push({ id, email: `${id}@example.com` });
    }
    return made;
  }

  /** A record of the former choice "Email when our privacy policy changes", as customers made them before it became a required notice. */
  const setChoice = (customerId: string, value: boolean) =>
    handle.db
      .insertInto("consentRecords")
      .values({ customerId, choiceKey: "policy-change-email", oldValue: Number(!value), newValue: Number(value), method: "dashboard", policyVersion: VERSIONS.first.id, createdAt: new Date().toISOString() })
      .execute();

  /** How many emails each address got. */
  async function emailsPerAddress(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const row of await handle.db.selectFrom("emailOutbox").select("toAddress").execute()) counts[row.toAddress] = (counts[row.toAddress] ?? 0) + 1;
    return counts;
  }
  const once = (addresses: string[]) => Object.fromEntries(addresses.map((address) => [address, 1]));
  const isComplete = async (versionId: string) =>
    (await handle.db.selectFrom("policyAnnouncements").select("completedAt").where("versionId", "=", versionId).executeTakeFirst())?.completedAt != null;

  it("emails each customer once when a material version is published, even one who had turned the former choice off", async () => {
    const dir = contentFolder(VERSIONS.first, VERSIONS.typoFix);
    const [neverAsked, optedOut, changedMind, changedBack] = await customers(4);
    // The latest consent record decides; without one, the choice's default (on).
    await setChoice(optedOut!.id, false);
    await setChoice(changedMind!.id, false);
    await setChoice(changedMind!.id, true);
    await setChoice(changedBack!.id, false);
    await setChoice(changedBack!.id, true);
    await setChoice(changedBack!.id, false);

    // The typo fix is in force: not material, so nobody hears about it.
    expect(await announce(historyOn(dir, "2027-02-15"), "2027-02-15")).toEqual([]);
    expect(await emailsPerAddress()).toEqual({});

    publish(dir, VERSIONS.material);
    // A material change is a required notice: the old choice's records change nothing.
    expect(await announce(historyOn(dir, "2027-03-15"), "2027-03-15")).toEqual([{ versionId: VERSIONS.material.id, queued: 4, completed: true }]);
    expect(await emailsPerAddress()).toEqual(once([neverAsked!.email, optedOut!.email, changedMind!.email, changedBack!.email]));
    expect(await isComplete(VERSIONS.material.id)).toBe(true);

    // Running again (a restart, the periodic run), even after a new customer joined, queues nothing more.
    await customers(1);
    expect(await announce(historyOn(dir, "2027-03-15"), "2027-03-15")).toEqual([]);
    expect(await emailsPerAddress()).toEqual(once([neverAsked!.email, optedOut!.email, changedMind!.email, changedBack!.email]));
  });

  it("says what changed, when, and where to read the version and its redline", async () => {
    const dir = contentFolder(VERSIONS.first, VERSIONS.typoFix, VERSIONS.material);
    const [customer] = await customers(1);
    await announce(historyOn(dir, "2027-03-15"), "2027-03-15");

    const email = await handle.db.selectFrom("emailOutbox").select(["toAddress", "subject", "textBody", "category"]).executeTakeFirstOrThrow();
    expect(email.toAddress).toBe(customer!.email);
    expect(email.category).toBe("transactional");
    expect(email.subject).toBe("Our privacy policy changed on March 1, 2027");
    expect(email.textBody).toMatch(/^Dear Test Customer,/);
    expect(email.textBody).toContain("The new version took effect on March 1, 2027.");
    expect(email.textBody).toContain(VERSIONS.material.summary);
    expect(email.textBody).toContain(`${SITE_URL}/privacy/versions/2027-03-01`);
    // The redline is against the version just before, the typo fix.
    expect(email.textBody).toContain(`${SITE_URL}/privacy/compare/2027-02-01...2027-03-01`);
    expect(email.textBody).toContain("it is a notice our policy promises, not marketing, so it cannot be turned off");
    expect(email.textBody).toContain(`${SITE_URL}/account/choices`);
    expect(email.textBody).toContain(site.privacyAdministrator.email);
  });

  it("announces a version published ahead of its effective date as upcoming, and not again when it takes effect", async () => {
    const dir = contentFolder(VERSIONS.first, VERSIONS.typoFix, VERSIONS.material);
    await customers(2);

    // January 15: the first version is in force; the typo fix and the material change are upcoming.
    expect(await announce(historyOn(dir, "2027-01-15"), "2027-01-15")).toEqual([{ versionId: VERSIONS.material.id, queued: 2, completed: true }]);
    const subjects = (await handle.db.selectFrom("emailOutbox").select("subject").execute()).map((row) => row.subject);
    expect(subjects).toEqual(["Our privacy policy changes on March 1, 2027", "Our privacy policy changes on March 1, 2027"]);
    const text = (await handle.db.selectFrom("emailOutbox").select("textBody").executeTakeFirstOrThrow()).textBody;
    expect(text).toContain("It takes effect on March 1, 2027");

    expect(await announce(historyOn(dir, "2027-03-15"), "2027-03-15")).toEqual([]);
    expect(await handle.db.selectFrom("emailOutbox").select("id").execute()).toHaveLength(2);
  });

  it("queues exactly one email per customer when several runs and instances go at once", async () => {
    const dir = contentFolder(VERSIONS.first, VERSIONS.typoFix, VERSIONS.material);
    const all = await customers(7);
    const entries = historyOn(dir, "2027-03-15");
    const other = await openSecondInstance();

    const runs = await Promise.all([
      announce(entries, "2027-03-15", 2),
      announce(entries, "2027-03-15", 3),
      announce(entries, "2027-03-15", 2, other.db),
      announce(entries, "2027-03-15", 1, other.db),
    ]).finally(() => other.close());
    expect(await emailsPerAddress()).toEqual(once(all.map((customer) => customer.email)));
    expect(runs.flat().reduce((sum, result) => sum + result.queued, 0)).toBe(7);
    expect(await handle.db.selectFrom("policyNotices").select("customerId").execute()).toHaveLength(7);
    expect(await isComplete(VERSIONS.material.id)).toBe(true);
  });

  it("resumes after a crash mid-way without emailing anyone twice", async () => {
    const dir = contentFolder(VERSIONS.first, VERSIONS.typoFix, VERSIONS.material);
    const all = await customers(6);
    const entries = historyOn(dir, "2027-03-15");
    // The customer the keyset reaches last: its batch (of two) fails after the other's email was written.
    const ordered = await handle.db.selectFrom("customers").select("accountId").orderBy("accountId").execute();
    const last = ordered.at(-1)!.accountId;
    const beforeLast = ordered.at(-2)!.accountId;
    await handle.db.updateTable("accounts").set({ email: FAILING_ADDRESS }).where("id", "=", last).execute();

    await expect(announce(entries, "2027-03-15", 2)).rejects.toThrow(/the outbox is unavailable/);
    // The first two batches committed; the third rolled back whole, notices and the email already written.
    const notified = (await handle.db.selectFrom("policyNotices").select("customerId").execute()).map((row) => row.customerId).sort();
    expect(notified).toEqual(ordered.slice(0, 4).map((row) => row.accountId).sort());
    expect(await emailsPerAddress()).toEqual(once(all.filter((customer) => notified.includes(customer.id)).map((customer) => customer.email)));
    expect(notified).not.toContain(beforeLast);
    expect(await isComplete(VERSIONS.material.id)).toBe(false);

    // After the restart, with the outbox repaired, the run finishes the rest.
    const repaired = `${last}@example.com`;
    await handle.db.updateTable("accounts").set({ email: repaired }).where("id", "=", last).execute();
    expect(await announce(entries, "2027-03-15", 2)).toEqual([{ versionId: VERSIONS.material.id, queued: 2, completed: true }]);
    expect(await emailsPerAddress()).toEqual(once(all.map((customer) => customer.email)));
    expect(await isComplete(VERSIONS.material.id)).toBe(true);
  });
});
