import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCategoryAnchorProblems } from "@/features/dashboard/find-category-anchor-problems";
import { loadPolicyVersions } from "@/features/policy/load-policy-versions";
import { buildTimeline, isoDay } from "@/features/policy/policy-timeline";
import { dataCategories } from "./data-categories";

const versions = loadPolicyVersions(path.join(process.cwd(), "content", "policy"));
const newest = versions.at(-1)!;

/** The versions a dashboard link may land in on a given day: the one in force and any upcoming. */
function linkableOn(day: string) {
  return buildTimeline(versions, day)
    .filter((entry) => entry.status !== "superseded")
    .map((entry) => ({ id: entry.version.id, status: entry.status, sectionIds: entry.version.sections.map((section) => section.id) }));
}

describe("the data categories the dashboard shows", () => {
  it("link only to sections of the policy in force today and of every upcoming version", () => {
    expect(findCategoryAnchorProblems(dataCategories, linkableOn(isoDay(new Date())))).toEqual([]);
  });

  it("still link to sections that exist on the day each later version takes effect", () => {
    for (const version of versions.filter((candidate) => candidate.effective > isoDay(new Date()))) {
      expect(findCategoryAnchorProblems(dataCategories, linkableOn(version.effective)), version.id).toEqual([]);
    }
    expect(linkableOn(newest.effective)).toEqual([{ id: newest.id, status: "current", sectionIds: newest.sections.map((section) => section.id) }]);
  });

  it("state no retention period that the policy does not: each is quoted from the governing section's “How long we keep it”", () => {
    for (const category of dataCategories) {
      const section = newest.sections.find((candidate) => candidate.id === category.policy.anchor);
      expect(section, category.id).toBeDefined();
      const quoted = section!.blocks.some((block) => block.text.endsWith(category.retention));
      expect(quoted, `${category.id}: "${category.retention}" is not stated in #${category.policy.anchor} of ${newest.id}`).toBe(true);
      expect(section!.blocks.some((block) => block.text.startsWith("How long we keep it.")), category.id).toBe(true);
    }
  });

  it("make no sharing claim about Sensitive Personal Information or stored communications that the policy does not make", () => {
    const sectionText = (id: string) =>
      newest.sections
        .find((section) => section.id === id)!
        .blocks.map((block) => block.text)
        .join(" ");
    expect(sectionText("disclosure-to-advertisers")).toContain("We do not share Sensitive Personal Information with Advertisers.");
    expect(dataCategories.find((category) => category.id === "sensitive-personal-information")!.sharedWith).toContain(
      "Never sold, exchanged, rented or leased to third-party marketers, and not shared with Advertisers.",
    );
    expect(sectionText("hipaa")).toContain("We share them only with the operational service providers that host and store them for us");
    expect(sectionText("hipaa")).toContain("We do not use them for marketing.");
    expect(sectionText("cookies-and-image-tags")).toContain("such as a desk phone’s hardware (MAC) address or an app’s installation ID");
  });
});
