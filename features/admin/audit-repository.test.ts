import { beforeAll, describe, expect, it } from "vitest";
import { appendAuditEntry } from "@/server/audit/audit-log";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { findAccountNames, listAuditEntries } from "./audit-repository";

describe.each(ENGINES)("searching the audit log on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  beforeAll(async () => {
    const events = [
      { actorAccountId: "admin-1", action: "view_customer_records", customerId: "customer-a" },
      { actorAccountId: "admin-2", action: "view_customer_records", customerId: "customer-b" },
      { actorAccountId: "admin-1", action: "complete_request", customerId: "customer-b" },
      { actorAccountId: "admin-1", action: "export_audit_log", customerId: null },
    ];
    for (const event of events) await handle.db.transaction().execute((trx) => appendAuditEntry(trx, { ...event, actorRole: "admin" }));
  });

  it("finds a customer's entries, newest first", async () => {
    const entries = await listAuditEntries(handle.db, { customerId: "customer-b" }, null);
    expect(entries.map((e) => [e.sequence, e.action])).toEqual([
      [3, "complete_request"],
      [2, "view_customer_records"],
    ]);
  });

  it("finds a staff member's entries, and both filters together", async () => {
    expect((await listAuditEntries(handle.db, { actorAccountId: "admin-1" }, null)).map((e) => e.sequence)).toEqual([4, 3, 1]);
    expect((await listAuditEntries(handle.db, { actorAccountId: "admin-1", customerId: "customer-b" }, null)).map((e) => e.sequence)).toEqual([3]);
  });

  it("pages back through older entries", async () => {
    expect((await listAuditEntries(handle.db, {}, 3, 1)).map((e) => e.sequence)).toEqual([2]);
    expect((await listAuditEntries(handle.db, {}, 1)).map((e) => e.sequence)).toEqual([]);
  });

  it("names the accounts an entry mentions: customers by name, staff by email", async () => {
    const now = new Date().toISOString();
    await handle.db.insertInto("accounts").values([
      { id: "names-admin", email: "names.admin@example.com", passwordHash: "x", role: "admin", disabledAt: null, passwordChangedAt: now, createdAt: now },
      { id: "names-customer", email: "names.customer@example.com", passwordHash: "x", role: "customer", disabledAt: null, passwordChangedAt: now, createdAt: now },
    ]).execute();
    await handle.db.insertInto("customers").values({ accountId: "names-customer", fullName: "Nina Names", streetAddress: "", city: "", state: "", postalCode: "", phone: "", dateOfBirth: "1990-01-01", createdAt: now, updatedAt: now }).execute();
    const found = await findAccountNames(handle.db, ["names-admin", "names-customer", "names-customer", "nobody"]);
    expect(found.get("names-admin")).toEqual({ id: "names-admin", email: "names.admin@example.com", role: "admin", fullName: null });
    expect(found.get("names-customer")?.fullName).toBe("Nina Names");
    expect(found.has("nobody")).toBe(false);
    expect((await findAccountNames(handle.db, [])).size).toBe(0);
  });
});
