import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, describeAuditAction, describeAuditDetail, KNOWN_AUDIT_DETAIL_KEYS } from "./audit-labels";

/** Every non-test source file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

const code = [...sources("features"), ...sources("server")].map((file) => readFileSync(file, "utf8")).join("\n");

describe("the audit log in words", () => {
  it("has words for every kind of entry the center writes", () => {
    const written = new Set([...code.matchAll(/\b(?:auditAction|action):\s*[`"]([a-z]+_[a-z_]+)[`"]/g)].map((match) => match[1]!));
    // A customer's request is written as `request_${type}`.
    for (const type of ["access", "correction", "deletion"]) written.add(`request_${type}`);
    expect(written.size).toBeGreaterThan(15);
    expect([...written].filter((action) => !(action in AUDIT_ACTION_LABELS))).toEqual([]);
  });

  it("has a label for every detail the workflow's and the intake's entries carry", () => {
    const keys = ["type", "delivery", "urgent", "acknowledgementEmailed", "passwordReentered", "matchedCustomers", "matchedBy", "extendedAnswerBy", "exportParts", "holdEnded", "erasedAccounts"];
    expect(keys.filter((key) => !KNOWN_AUDIT_DETAIL_KEYS.includes(key))).toEqual([]);
  });

  it("reads codes, flags and days as words", () => {
    expect(describeAuditAction("verify_request")).toBe("Verified the requester’s identity");
    expect(describeAuditAction("some_future_action")).toBe("Some future action");
    expect(describeAuditDetail("type", "minor_report", "America/New_York")).toEqual({ label: "Type of request", value: "Minor’s data report" });
    expect(describeAuditDetail("delivery", "post", "America/New_York")).toEqual({ label: "Requester told by", value: "A letter to post" });
    expect(describeAuditDetail("urgent", false, "America/New_York")).toEqual({ label: "Urgent", value: "No" });
    expect(describeAuditDetail("extendedAnswerBy", "2027-02-14", "America/New_York")).toEqual({ label: "New answer-by day", value: "February 14, 2027" });
    expect(describeAuditDetail("customerFilter", null, "America/New_York")).toEqual({ label: "Customer searched for", value: "—" });
    expect(describeAuditDetail("someNewCount", 3, "America/New_York")).toEqual({ label: "Some new count", value: "3" });
  });
});
