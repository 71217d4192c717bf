import { describe, expect, it } from "vitest";
import { deadlinesFor } from "@/lib/requests/legal-deadlines";
import type { PrivacyRequestStatus } from "@/server/db/schema";
import { billingRecordCutoff } from "./erase-customer-data";
import { extendedAnswerDay, type StatusChangingAction, type TransitionSubject, transitionRefusal } from "./request-transitions";

const request = (overrides: Partial<TransitionSubject> = {}): TransitionSubject => ({
  type: "access",
  status: "received",
  receivedAt: "2026-12-01T15:00:00.000Z",
  answerBy: "2027-01-15",
  extendedAnswerBy: null,
  ...overrides,
});

const TODAY = "2026-12-03";

describe("which step may follow which status", () => {
  const allowed: Record<StatusChangingAction, PrivacyRequestStatus[]> = {
    verify: ["received"],
    start: ["verified"],
    extend: ["verified", "in_progress"],
    complete: ["verified", "in_progress", "extended"],
    deny: ["received", "verified", "in_progress", "extended"],
  };
  const statuses: PrivacyRequestStatus[] = ["received", "verified", "in_progress", "extended", "completed", "denied"];

  for (const [action, from] of Object.entries(allowed) as [StatusChangingAction, PrivacyRequestStatus[]][]) {
    it(`allows ${action} from ${from.join(", ")} only, and says why not otherwise`, () => {
      for (const status of statuses) {
        const extendedAnswerBy = status === "extended" ? "2027-03-01" : null;
        const refusal = transitionRefusal(action, request({ status, extendedAnswerBy }), TODAY);
        if (from.includes(status)) expect(refusal, `${action} from ${status}`).toBeNull();
        else expect(refusal, `${action} from ${status}`).toMatch(/^[A-Z].*\.$/);
      }
    });
  }

  it("names the closed state in plain words", () => {
    expect(transitionRefusal("extend", request({ status: "completed" }), TODAY)).toBe("This request is already completed, so it cannot be extended.");
    expect(transitionRefusal("complete", request({ status: "denied" }), TODAY)).toBe("This request was denied, so it cannot be completed.");
  });

  it("asks for the identity to be verified first", () => {
    expect(transitionRefusal("complete", request(), TODAY)).toBe("Verify the requester’s identity before completing this request.");
    expect(transitionRefusal("extend", request(), TODAY)).toBe("Verify the requester’s identity before extending this request.");
  });

  it("extends only where the law allows it", () => {
    expect(transitionRefusal("extend", request({ type: "correction", status: "verified" }), TODAY)).toBeNull();
    expect(transitionRefusal("extend", request({ type: "minor_report", status: "verified" }), TODAY)).toMatch(/cannot be extended/);
    expect(transitionRefusal("extend", request({ type: "california_privacy_rights", status: "in_progress" }), TODAY)).toMatch(/cannot be extended/);
    expect(transitionRefusal("extend", request({ status: "verified" }), "2027-01-15")).toBeNull();
    expect(transitionRefusal("extend", request({ status: "verified" }), "2027-01-16")).toMatch(/before the first deadline passes/);
  });
});

describe("the 18-month cutoff for call records and billing details", () => {
  it("is the same moment 18 months earlier", () => {
    expect(billingRecordCutoff(new Date("2026-12-03T10:00:00Z")).toISOString()).toBe("2025-06-03T10:00:00.000Z");
  });

  it("falls back to the month's last day when that month is shorter", () => {
    expect(billingRecordCutoff(new Date("2026-08-31T12:00:00Z")).toISOString()).toBe("2025-02-28T12:00:00.000Z");
  });
});

describe("the one extension's last day", () => {
  it("counts from the day the request arrived in the company's time zone, not in UTC", () => {
    // 11:30 pm in New York on March 6 is already March 7 in UTC.
    const lateEvening = { type: "access" as const, receivedAt: "2026-03-07T04:30:00.000Z" };
    expect(extendedAnswerDay(lateEvening, "America/New_York")).toBe(deadlinesFor("access", "2026-03-06").extendedAnswerBy);
    expect(extendedAnswerDay(lateEvening, "UTC")).toBe(deadlinesFor("access", "2026-03-07").extendedAnswerBy);
    expect(extendedAnswerDay({ type: "california_privacy_rights", receivedAt: lateEvening.receivedAt }, "America/New_York")).toBeNull();
  });
});
