import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ENGINES, testDatabaseFor } from "../db/testing/engines";
import { appendAuditEntry, verifyAuditChain } from "./audit-log";
import { formatAuditCsv } from "./audit-log-csv";

describe.each(ENGINES)("the audit log on %s", (engine) => {
  const handle = testDatabaseFor(engine);

  const append = (action: string, customerId = "c1") =>
    handle.db.transaction().execute((trx) => appendAuditEntry(trx, { actorAccountId: "admin-1", actorRole: "admin", action, customerId, details: { note: "x" } }));

  it("chains each entry to the one before", async () => {
    const first = await append("view_customer_records");
    const second = await append("verify_request");
    expect(second.previousHash).toBe(first.hash);
    expect(second.sequence).toBe(first.sequence + 1);
    expect(await verifyAuditChain(handle.db)).toEqual({ intact: true, entries: 2 });
  });

  it("keeps order when many staff actions arrive at once", async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => append(`concurrent_${i}`)));
    expect(await verifyAuditChain(handle.db)).toEqual({ intact: true, entries: 14 });
  });

  it("drops an entry whose transaction fails, leaving the chain whole", async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await appendAuditEntry(trx, { actorAccountId: "admin-1", actorRole: "admin", action: "doomed" });
        throw new Error("the audited write failed");
      }),
    ).rejects.toThrow("the audited write failed");
    expect(await verifyAuditChain(handle.db)).toEqual({ intact: true, entries: 14 });
  });

  it("refuses updates and deletes", async () => {
    const attempt = handle.db.updateTable("auditLog").set({ action: "nothing_to_see" }).where("sequence", "=", 1).execute();
    if (engine === "sqlite") await expect(attempt).rejects.toThrow(/append-only/);
    else await attempt;
    const row = await handle.db.selectFrom("auditLog").select("action").where("sequence", "=", 1).executeTakeFirstOrThrow();
    expect(row.action).toBe("view_customer_records");
  });

  it("detects an entry edited behind the application's back", async () => {
    // Someone with database access bypasses the guard and rewrites history.
    if (engine === "sqlite") await sql`drop trigger audit_log_no_update`.execute(handle.db);
    else await sql`drop rule audit_log_no_update on audit_log`.execute(handle.db);
    await handle.db.updateTable("auditLog").set({ customerId: "someone-else" }).where("sequence", "=", 2).execute();
    expect(await verifyAuditChain(handle.db)).toEqual({ intact: false, brokenAt: 2, reason: "its content was changed" });
  });

  it("exports CSV with formulas neutralised", async () => {
    const entry = await append("=HYPERLINK(\"http://evil\")");
    const csv = formatAuditCsv([entry]);
    expect(csv.split("\n")[0]).toBe("sequence,occurredAt,actorAccountId,actorRole,action,customerId,subject,detailsJson,previousHash,hash");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
