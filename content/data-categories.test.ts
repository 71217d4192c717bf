import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCategoryAnchorProblems } from "@/features/dashboard/find-category-anchor-problems";
import { loadPolicyVersions } from "@/features/policy/load-policy-versions";
import { buildTimeline, isoDay } from "@/features/policy/policy-timeline";
import { dataCategories, newestPolicyVersion } from "./data-categories";
import { statementSources, statementsOf } from "./data-categories-sources";

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
    expect(dataCategories.find((category) => category.id === "sensitive-personal-information")!.sharedWith).toContainEqual({ text: "Not shared with Advertisers.", newIn: newestPolicyVersion });
    expect(sectionText("hipaa")).toContain("We share them only with the operational service providers that host and store them for us");
    expect(sectionText("hipaa")).toContain("We do not use them for marketing.");
    expect(sectionText("cookies-and-image-tags")).toContain("such as a desk phone’s hardware (MAC) address or an app’s installation ID");
  });

  describe("state only purposes and sharing that the policy states, in the version each relies on", () => {
    const normalize = (text: string) => text.replace(/\s+/g, " ").trim();
    const sectionText = (versionId: string, anchor: string) =>
      normalize(
        versions
          .find((version) => version.id === versionId)!
          .sections.find((section) => section.id === anchor)
          ?.blocks.map((block) => block.text)
          .join(" ") ?? "",
      );
    /** A plain statement speaks for every version a link may land in today (in force or upcoming); a `newIn` one for that version only. */
    const plainVersions = linkableOn(isoDay(new Date())).map((entry) => entry.id);

    for (const category of dataCategories) {
      it(`${category.id}: every purpose and sharing statement is quoted, word for word, from its version`, () => {
        const sources = statementSources[category.id];
        const statements = statementsOf(category.id);
        expect(statements.length, category.id).toBeGreaterThan(0);
        for (const statement of statements) {
          const quotes = sources[statement.text];
          expect(quotes ?? [], `${category.id} (${statement.kind}): "${statement.text}" has no policy words in content/data-categories-sources.ts`).not.toHaveLength(0);
          for (const versionId of statement.newIn ? [statement.newIn] : plainVersions) {
            for (const quote of quotes!) {
              expect(sectionText(versionId, quote.section), `${category.id} (${statement.kind}): "${quote.words}" is not in #${quote.section} of ${versionId}${statement.newIn ? "" : " (a statement shown without a label must be true of every version in force or upcoming; mark it newIn otherwise)"}`).toContain(normalize(quote.words));
            }
          }
        }
        // No words kept for a statement the category no longer makes.
        expect(Object.keys(sources).filter((text) => !statements.some((statement) => statement.text === text))).toEqual([]);
      });
    }

    it("the check fails on a claim the policy does not make, and on a 2027-only claim shown as if every version made it", () => {
      expect(sectionText("2027-01-15", "cpni")).not.toContain("We sell your CPNI");
      expect(plainVersions).toContain("2026-11-20");
      expect(sectionText("2026-11-20", "hipaa")).not.toContain(normalize(statementSources["stored-communications"]["Anyone else only when the law requires."]![0]!.words));
    });
  });
});
