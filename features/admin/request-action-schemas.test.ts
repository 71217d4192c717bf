import { describe, expect, it } from "vitest";
import { availableActions, requestActionSchema } from "./request-action-schemas";

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
    expect(requestActionSchema.parse({ intent: "erase", reference: "PR-7K4Q-9M2X", message: "Done." })).toEqual({ intent: "erase", reference: "PR-7K4Q-9M2X", message: "Done." });
    expect(requestActionSchema.safeParse({ intent: "mistaken", reference: "PR-7K4Q-9M2X", reason: " " }).error?.issues[0]?.message).toBe(
      "Say why the report was mistaken: it is kept with the report.",
    );
  });
});
