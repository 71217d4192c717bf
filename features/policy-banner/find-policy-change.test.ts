import { describe, expect, it } from "vitest";
import { parsePolicyVersion } from "@/features/policy/parse-policy-version";
import { buildTimeline } from "@/features/policy/policy-timeline";
import { policyMarkdown } from "@/features/policy/testing/policy-markdown";
import { findPolicyChange } from "./find-policy-change";

const version = (id: string, summary: string, cookies: string) =>
  parsePolicyVersion(`${id}.md`, policyMarkdown({ id, published: id, effective: id, summary }, `## CPNI {#cpni}\n\nWe protect CPNI.\n\n## Cookies and Image Tags {#cookies-and-image-tags}\n\n${cookies}\n`));

const versions = [
  version("2019-04-05", "The first version.", "We use cookies."),
  version("2026-11-20", "Advertising cookies can be turned off.", "We use cookies; turn advertising cookies off on Your choices."),
  version("2027-02-01", "Not yet in force.", "Something else."),
];
const entries = buildTimeline(versions, "2026-12-01");

describe("what changed since a customer last saw the policy", () => {
  it("compares the version they saw with the one in force, and names the choices the changed sections concern", () => {
    const change = findPolicyChange(entries, { seenVersionId: "2019-04-05", customerSince: "2018-01-01T00:00:00Z" });
    expect(change).toEqual({
      fromId: "2019-04-05",
      fromEffective: "2019-04-05",
      toId: "2026-11-20",
      toEffective: "2026-11-20",
      summaries: ["Advertising cookies can be turned off."],
      changedSections: ["Cookies and Image Tags"],
      affectedChoices: [{ key: "advertising-cookies", title: "Advertising cookies" }],
    });
  });

  it("takes someone who never dismissed a notice to have seen the version in force when they joined", () => {
    expect(findPolicyChange(entries, { seenVersionId: null, customerSince: "2021-06-01T00:00:00Z" })?.fromId).toBe("2019-04-05");
    expect(findPolicyChange(entries, { seenVersionId: null, customerSince: "2026-11-25T00:00:00Z" })).toBeNull();
  });

  it("shows nothing once the version in force was seen, and nothing for a version not yet in force", () => {
    expect(findPolicyChange(entries, { seenVersionId: "2026-11-20", customerSince: "2018-01-01T00:00:00Z" })).toBeNull();
    expect(findPolicyChange(buildTimeline(versions, "2027-02-01"), { seenVersionId: "2026-11-20", customerSince: "2018-01-01T00:00:00Z" })?.summaries).toEqual(["Not yet in force."]);
  });
});
