import { describe, expect, it } from "vitest";
import { availableActions, requestActionSchema } from "./request-action-schemas";
import { nextStep } from "./request-guidance";

const request = (type: "minor_report" | "access", status: "received" | "in_progress" | "denied" | "completed") => ({
  type,
  status,
  receivedAt: "2026-12-01T15:00:00.000Z",
  answerBy: "2027-01-15",
  extendedAnswerBy: null,
});

describe("the console's steps", () => {
  it("offers a minor's report no verify step: it is erased and completed straight away, and recorded as mistaken while its hold stands", () => {
    expect(availableActions(request("minor_report", "received"), "2026-12-02", true)).toEqual(["start", "erase", "deny", "mistaken", "assign", "note"]);
    expect(availableActions(request("minor_report", "denied"), "2026-12-02", true)).toEqual(["mistaken", "note"]);
    expect(availableActions(request("minor_report", "completed"), "2026-12-02", false)).toEqual(["note"]);
    expect(availableActions(request("access", "received"), "2026-12-02")).toEqual(["verify", "deny", "assign", "note"]);
  });

  it("takes the erase form with or without a choice (the workflow says what is missing), and needs a reason for a mistaken report", () => {
    expect(requestActionSchema.parse({ intent: "erase", reference: "PR-7K4Q-9M2X", message: "Done.", confirmed: "on" })).toEqual({
      intent: "erase",
      reference: "PR-7K4Q-9M2X",
      message: "Done.",
      confirmed: "on",
    });
    expect(requestActionSchema.safeParse({ intent: "mistaken", reference: "PR-7K4Q-9M2X", reason: " " }).error?.issues[0]?.message).toBe(
      "Say why the report was mistaken: it is kept with the report.",
    );
  });

  it("takes no final step without its box ticked, and ordinary ones without any", () => {
    const refused = requestActionSchema.safeParse({ intent: "deny", reference: "PR-7K4Q-9M2X", reason: "Not verified.", contactPerson: "Privacy Administrator" });
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["confirmed", "Tick the box to confirm: this step cannot be undone."]]);
    for (const intent of ["complete", "erase", "mistaken"]) {
      expect(requestActionSchema.safeParse({ intent, reference: "PR-7K4Q-9M2X", message: "x", reason: "x" }).error?.issues.some((issue) => issue.path[0] === "confirmed")).toBe(true);
    }
    expect(requestActionSchema.safeParse({ intent: "deny", reference: "PR-7K4Q-9M2X", reason: "Not verified.", contactPerson: "Privacy Administrator", confirmed: "yes" }).success).toBe(false);
    expect(requestActionSchema.safeParse({ intent: "note", reference: "PR-7K4Q-9M2X", note: "Called them." }).success).toBe(true);
  });

  it("shows first the step the request's state calls for", () => {
    const next = (type: "minor_report" | "access", status: "received" | "in_progress" | "denied" | "completed", held = false) => nextStep(availableActions(request(type, status), "2026-12-02", held));
    expect(next("access", "received")).toBe("verify");
    expect(nextStep(availableActions({ ...request("access", "received"), status: "verified" }, "2026-12-02"))).toBe("start");
    expect(next("access", "in_progress")).toBe("complete");
    expect(next("access", "completed")).toBe("note");
    expect(next("minor_report", "received", true)).toBe("erase");
    expect(next("minor_report", "denied", true)).toBe("mistaken");
  });
});
