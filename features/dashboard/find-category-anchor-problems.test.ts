import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataCategories, type DataCategory } from "@/content/data-categories";
import { loadPolicyVersions } from "@/features/policy/load-policy-versions";
import { findCategoryAnchorProblems } from "./find-category-anchor-problems";

const category = (overrides: Partial<DataCategory>): DataCategory => ({
  id: "cpni",
  title: "CPNI",
  description: "",
  purposes: [],
  sharedWith: [],
  retention: "",
  policy: { anchor: "cpni", label: "CPNI" },
  ...overrides,
});

describe("findCategoryAnchorProblems", () => {
  const current = { id: "2026-11-20", status: "current", sectionIds: ["cpni", "hipaa"] };

  it("accepts categories whose anchors are all in the policy", () => {
    expect(findCategoryAnchorProblems([category({ relatedPolicy: [{ anchor: "hipaa", label: "HIPAA" }] })], [current])).toEqual([]);
  });

  it("reports a category, or a related link, pointing to a missing anchor, naming the version", () => {
    const problems = findCategoryAnchorProblems(
      [category({ policy: { anchor: "cpnl", label: "CPNI" }, relatedPolicy: [{ anchor: "gone", label: "Gone" }] })],
      [current],
    );
    expect(problems).toEqual([
      'category "CPNI" links to "#cpnl", but the current policy (2026-11-20) has no section with that anchor',
      'category "CPNI" links to "#gone", but the current policy (2026-11-20) has no section with that anchor',
    ]);
  });

  it("checks upcoming versions too, since they take over without a build", () => {
    const upcoming = { id: "2027-03-01", status: "upcoming", sectionIds: ["hipaa"] };
    expect(findCategoryAnchorProblems([category({})], [current, upcoming])).toEqual([
      'category "CPNI" links to "#cpni", but the upcoming policy (2027-03-01) has no section with that anchor',
    ]);
  });

  it("reports a category defined twice", () => {
    expect(findCategoryAnchorProblems([category({}), category({})], [current])).toEqual(['category "cpni" is defined twice']);
  });

  it("finds every anchor of the published categories in the latest policy", () => {
    const versions = loadPolicyVersions(path.join(process.cwd(), "content", "policy"));
    const latest = versions.at(-1)!;
    expect(findCategoryAnchorProblems(dataCategories, [{ id: latest.id, status: "current", sectionIds: latest.sections.map((s) => s.id) }])).toEqual([]);
  });
});
