import { describe, expect, it } from "vitest";
import type { AuditEntry } from "@/server/audit/audit-log";
import type { AccountName } from "./audit-repository";
import { accountIdsIn, readableAuditEntry } from "./audit-readable";

const entry = (fields: Partial<AuditEntry>): AuditEntry => ({
  sequence: 7,
  occurredAt: "2026-11-21T02:30:00.000Z",
  actorAccountId: "admin-1",
  actorRole: "admin",
  action: "assign_request",
  customerId: "customer-1",
  subject: "request:PR-7K4Q-9M2X",
  detailsJson: JSON.stringify({ type: "access", assigneeAccountId: "admin-1" }),
  previousHash: "0",
  hash: "1",
  ...fields,
});

const names = new Map<string, AccountName>([
  ["admin-1", { id: "admin-1", email: "privacy.admin@example.com", role: "admin", fullName: null }],
  ["customer-1", { id: "customer-1", email: "alex.rivera@example.com", role: "customer", fullName: "Alex Rivera" }],
]);

describe("an audit entry as people read it", () => {
  it("names people, says the time in company time, links the request and labels the details", () => {
    const readable = readableAuditEntry(entry({}), names, "America/New_York");
    expect(readable.when).toBe("Nov 20, 2026, 9:30 PM EST");
    expect(readable.who).toEqual({ name: "privacy.admin@example.com", description: "Privacy Administrator" });
    expect(readable.customer).toEqual({ name: "Alex Rivera", description: "Customer · alex.rivera@example.com" });
    expect(readable.what).toBe("Changed who the request is assigned to");
    expect(readable.requestReference).toBe("PR-7K4Q-9M2X");
    expect(readable.details).toEqual([
      { label: "Type of request", value: "Access" },
      { label: "Assigned to", value: "privacy.admin@example.com" },
    ]);
    expect(accountIdsIn(entry({}))).toEqual(["admin-1", "customer-1", "admin-1"]);
  });

  it("says who acted without an account, and names a deleted account in words, its id only as a labelled detail", () => {
    const publicEntry = readableAuditEntry(entry({ actorAccountId: null, actorRole: "public", customerId: "gone", detailsJson: "{}" }), names, "America/New_York");
    expect(publicEntry.who.name).toBe("Someone without an account");
    expect(publicEntry.customer).toEqual({ name: "A deleted account", description: "Customer · Account id: gone" });
    // The id never stands where a name belongs: only after its label.
    expect(publicEntry.customer!.name).not.toContain("gone");

    const byDeletedStaff = readableAuditEntry(entry({ actorAccountId: "former-admin", detailsJson: JSON.stringify({ assigneeAccountId: "former-admin" }) }), names, "America/New_York");
    expect(byDeletedStaff.who).toEqual({ name: "A deleted account", description: "Privacy Administrator · Account id: former-admin" });
    expect(byDeletedStaff.details).toEqual([{ label: "Assigned to", value: "A deleted account (account id: former-admin)" }]);
    const system = readableAuditEntry(entry({ actorAccountId: null, actorRole: "system", subject: null }), names, "America/New_York");
    expect(system.who.name).toBe("The privacy center");
    expect(system.requestReference).toBeNull();
  });
});
