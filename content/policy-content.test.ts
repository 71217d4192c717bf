import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicyVersions } from "@/features/policy/load-policy-versions";

const CONTENT_DIR = path.join(process.cwd(), "content", "policy");
const versions = loadPolicyVersions(CONTENT_DIR);
const byId = (id: string) => versions.find((version) => version.id === id)!;
const text = (id: string, sectionId: string) =>
  byId(id)
    .sections.find((section) => section.id === sectionId)!
    .blocks.map((block) => block.text)
    .join(" ");

/**
 * A published version is a record: readers cite it, the redline compares it, and customers were
 * emailed about it. These digests are of the files as published; a change to either is a mistake
 * (publish a new version instead).
 */
const PUBLISHED = {
  "2019-04-05.md": "01bd8b0b6777e9a33f66649346510e8aa6d5dcb74b1828a0d540dbddc7ffbc68",
  "2026-11-20.md": "689b1a6752bbc3f7766db42edcc31ade0177b5ff16eafc49e0aa912265a84bf5",
};

describe("the published policy content", () => {
  it("keeps the 2019 and 2026 versions byte for byte as published", () => {
    for (const [file, digest] of Object.entries(PUBLISHED)) {
      expect(createHash("sha256").update(fs.readFileSync(path.join(CONTENT_DIR, file))).digest("hex"), file).toBe(digest);
    }
  });

  it("keeps every section anchor of a version in the version after it, so citations by section still land", () => {
    for (const [index, version] of versions.entries()) {
      const previous = versions[index - 1];
      if (!previous) continue;
      const ids = version.sections.map((section) => section.id);
      expect(previous.sections.map((section) => section.id).filter((id) => !ids.includes(id)), `sections dropped by ${version.id}`).toEqual([]);
    }
  });

  it("publishes the 2027 version ahead of its effective date, as a material change with a summary", () => {
    const upcoming = byId("2027-01-15");
    expect(upcoming.published < upcoming.effective).toBe(true);
    expect(upcoming.material).toBe(true);
    expect(upcoming.summary).toMatch(/California Consumer Privacy Act/);
  });
});

describe("the 2027-01-15 version", () => {
  it("adds a section on CCPA rights that names each right, says whether we sell or share, and how requests are made and verified", () => {
    const ccpa = text("2027-01-15", "ccpa-rights");
    for (const phrase of [
      "right: to know",
      "to have us delete",
      "to have us correct",
      "to opt out of the sale or sharing",
      "to limit our use and disclosure of your sensitive personal information",
      "not to be discriminated against",
      "We do not sell your Personal Information",
      "We treat both as sharing",
      "How to ask.",
      "How we verify your request.",
      "Authorized agents.",
    ]) {
      expect(ccpa, phrase).toContain(phrase);
    }
  });

  it("fixes the stale statements of the earlier versions", () => {
    const california = text("2027-01-15", "california-privacy-rights");
    expect(text("2026-11-20", "california-privacy-rights")).toContain("a new provision of the California Civil Code");
    expect(california).not.toContain("a new provision");
    expect(california).toContain("section 1798.83 of the California Civil Code");
    expect(california).not.toMatch(/preceding year/);
    expect(california).toContain("preceding calendar year");

    expect(text("2026-11-20", "security-measures")).toContain("We use a secured connection only for the collection of Sensitive Personal Information");
    expect(text("2027-01-15", "security-measures")).not.toContain("secured connection only");
    expect(text("2027-01-15", "cookies-and-image-tags")).not.toMatch(/Flash/);
  });

  it("says how the center answers GPC and Do Not Track", () => {
    const gpc = text("2027-01-15", "global-privacy-control");
    expect(gpc).toContain("We process the signal first, even when it conflicts with a choice you made earlier");
    expect(gpc).toContain("“Do Not Track”");
  });

  it("carries the CPNI notice: the right and the duty, what CPNI is, who uses it and why, how to say no, and that saying no changes no service", () => {
    const cpni = text("2027-01-15", "cpni");
    for (const phrase of [
      "You have a right, and Phone.com has a duty, under federal law, to protect the confidentiality of your CPNI.",
      "CPNI is information about the quantity, technical configuration, type, destination, location and amount of your use",
      "Phone.com, its Affiliates that provide communications-related services, and the agents that market our services",
      "deny or withdraw our access to your CPNI for them, at any time",
      "Denying or withdrawing approval will not affect the provision of any services to which you subscribe",
      "stays in effect until you change it",
    ]) {
      expect(cpni, phrase).toContain(phrase);
    }
  });

  it("says what follows a minor's report, and how requests by email or post are dated", () => {
    const children = text("2027-01-15", "childrens-privacy");
    expect(children).toContain("From the moment we receive a report, we stop using the information it identifies");
    expect(children).toContain("You do not need to prove your identity to make a report");
    const requests = text("2027-01-15", "review-update-correct-delete");
    expect(requests).toContain("runs from the day we received your request, not from the day we recorded it");
    expect(requests).toContain("We count days in Eastern Time");
  });
});
