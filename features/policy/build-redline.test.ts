import { describe, expect, it } from "vitest";
import { buildRedline } from "./build-redline";
import { parsePolicyVersion } from "./parse-policy-version";
import { policyMarkdown } from "./testing/policy-markdown";

function version(id: string, body: string) {
  return parsePolicyVersion(`${id}.md`, policyMarkdown({ id, published: id, effective: id }, body));
}

const OLD = version(
  "2020-01-01",
  [
    "Opening words.",
    "## Cookies {#cookies}",
    "We use cookies to remember you.",
    "## Children {#children}",
    "We do not sell to children.",
    "## Contact {#contact}",
    "You may contact us in two ways.",
    "## Retired {#retired}",
    "This section goes away.",
  ].join("\n\n"),
);

const NEW = version(
  "2021-01-01",
  [
    "Opening words.",
    "## Contact {#contact}",
    "You may contact us in three ways.",
    "## Cookies and Image Tags {#cookies}",
    "We use cookies to remember you.",
    "## Children {#children}",
    "We do not sell to children.",
    "## Global Privacy Control {#gpc}",
    "We honor the signal.",
  ].join("\n\n"),
);

describe("buildRedline", () => {
  const redline = buildRedline(OLD, NEW);
  const section = (id: string) => redline.sections.find((s) => s.id === id)!;

  it("marks inserted and deleted words inside a paired paragraph", () => {
    expect(section("contact").change).toBe("changed");
    expect(section("contact").blocks[0]!.parts).toEqual([
      { change: "same", text: "You may contact us in " },
      { change: "deleted", text: "two" },
      { change: "inserted", text: "three" },
      { change: "same", text: " ways." },
    ]);
  });

  it("pairs a renamed section by its anchor and names the old title", () => {
    expect(section("cookies")).toMatchObject({ title: "Cookies and Image Tags", previousTitle: "Cookies", change: "changed" });
    expect(section("cookies").blocks.every((b) => b.change === "same")).toBe(true);
  });

  it("calls out a moved section without marking its neighbours", () => {
    expect(section("contact").moved).toBe(true);
    expect(section("cookies").moved).toBe(false);
    expect(section("children").moved).toBe(false);
  });

  it("calls out added and removed sections with all their text", () => {
    expect(section("gpc")).toMatchObject({ change: "added", blocks: [{ change: "inserted", parts: [{ change: "inserted", text: "We honor the signal." }] }] });
    expect(section("retired")).toMatchObject({ change: "removed", blocks: [{ change: "deleted" }] });
  });

  it("shows a removed section where it used to be", () => {
    expect(redline.sections.map((s) => s.id)).toEqual(["preamble", "contact", "cookies", "children", "retired", "gpc"]);
  });

  it("lists exactly the sections that differ, in reading order", () => {
    expect(redline.changedSections.map((s) => s.id)).toEqual(["contact", "cookies", "retired", "gpc"]);
    expect(section("preamble").change).toBe("unchanged");
  });

  it("finds nothing to show when a version is compared with itself", () => {
    expect(buildRedline(NEW, NEW).changedSections).toEqual([]);
  });

  it("shows a paragraph added inside a section as inserted, leaving the others alone", () => {
    const before = version("2020-01-01", "## A {#a}\n\nFirst.\n\nLast.");
    const after = version("2021-01-01", "## A {#a}\n\nFirst.\n\nA new middle paragraph.\n\nLast.");
    expect(buildRedline(before, after).sections[0]!.blocks.map((b) => b.change)).toEqual(["same", "inserted", "same"]);
  });
});
