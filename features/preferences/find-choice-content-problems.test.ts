import path from "node:path";
import { describe, expect, it } from "vitest";
import * as content from "@/content/choices";
import type { Choice } from "@/content/choices";
import { loadPolicyVersions } from "@/features/policy/load-policy-versions";
import { buildTimeline } from "@/features/policy/policy-timeline";
import { findChoiceContentProblems, type QuotablePolicyVersion } from "./find-choice-content-problems";

const reason = "By law, such messages are not considered to be commercial email.";

const version = (id: string, status: string, anchors: string[]): QuotablePolicyVersion => ({
  id,
  status,
  sections: anchors.map((anchor) => ({ id: anchor, blocks: [{ text: anchor === "disclosure-to-advertisers" ? `Please be aware. ${reason}` : "" }] })),
});

const cookies: Choice = {
  key: "advertising-cookies",
  title: "Advertising cookies",
  description: "",
  approval: "opt-out",
  defaultValue: true,
  turnedOffByGpc: true,
  policy: { anchor: "cookies-and-image-tags", label: "Cookies and Image Tags" },
};

const contentWith = (choices: Choice[]) => ({
  choices,
  globalPrivacyControlPolicy: { anchor: "global-privacy-control", label: "Global Privacy Control" },
  requiredEmail: { title: "Administrative email", reason, policy: { anchor: "disclosure-to-advertisers", label: "Disclosure to Advertisers" } },
});

const complete = version("2026-11-20", "current", ["cookies-and-image-tags", "global-privacy-control", "disclosure-to-advertisers"]);

describe("findChoiceContentProblems", () => {
  it("accepts choices whose anchors are all in the policy", () => {
    expect(findChoiceContentProblems(contentWith([cookies]), [complete])).toEqual([]);
  });

  it("reports a choice pointing to an anchor the policy does not have, naming the version", () => {
    const problems = findChoiceContentProblems(contentWith([{ ...cookies, policy: { anchor: "cookie", label: "Cookies" } }]), [complete]);
    expect(problems).toEqual(['choice "Advertising cookies" links to "#cookie", but the current policy (2026-11-20) has no section with that anchor']);
  });

  it("checks upcoming versions too, and the GPC and required-email links", () => {
    const upcoming = version("2027-03-01", "upcoming", ["cookies-and-image-tags"]);
    expect(findChoiceContentProblems(contentWith([cookies]), [complete, upcoming])).toEqual([
      'the Global Privacy Control notice links to "#global-privacy-control", but the upcoming policy (2027-03-01) has no section with that anchor',
      '"Administrative email" links to "#disclosure-to-advertisers", but the upcoming policy (2027-03-01) has no section with that anchor',
    ]);
  });

  it("checks the links of the required notices and of the CPNI notice", () => {
    const content = { ...contentWith([cookies]), requiredNotices: [{ title: "Policy changes", policy: { anchor: "gone", label: "Gone" } }], cpniNotice: { title: "CPNI", policy: { anchor: "cpni", label: "CPNI" } } };
    expect(findChoiceContentProblems(content, [complete])).toEqual([
      'the required notice "Policy changes" links to "#gone", but the current policy (2026-11-20) has no section with that anchor',
      'the CPNI notice links to "#cpni", but the current policy (2026-11-20) has no section with that anchor',
    ]);
  });

  it("reports a key used twice and an opt-in choice that defaults to on", () => {
    const optIn: Choice = { ...cookies, key: "cpni-other-uses", title: "CPNI beyond", approval: "opt-in", defaultValue: true };
    expect(findChoiceContentProblems(contentWith([cookies, cookies, optIn]), [complete])).toEqual([
      'choice key "advertising-cookies" is used twice',
      'choice "CPNI beyond" is opt-in, so it must default to off',
    ]);
  });

  it("reports a required-email reason the policy no longer says", () => {
    const reworded = { ...complete, sections: complete.sections.map((section) => ({ ...section, blocks: [{ text: "Something else." }] })) };
    expect(findChoiceContentProblems(contentWith([cookies]), [reworded])).toEqual([
      `the reason given for "Administrative email" is not quoted from the current policy (2026-11-20): "${reason}"`,
    ]);
  });

  it("finds nothing wrong with the published choices and the policy in force", () => {
    const versions = loadPolicyVersions(path.join(process.cwd(), "content", "policy"));
    const linkable = buildTimeline(versions, "2026-12-01")
      .filter((entry) => entry.status !== "superseded")
      .map((entry) => ({ id: entry.version.id, status: entry.status, sections: entry.version.sections }));
    expect(findChoiceContentProblems(content, linkable)).toEqual([]);
  });
});
