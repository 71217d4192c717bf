import { describe, expect, it } from "vitest";
import { parsePolicyVersion } from "./parse-policy-version";
import { PolicyContentError } from "./policy-content-error";
import { policyMarkdown } from "./testing/policy-markdown";

const FILE = "content/policy/2020-01-01.md";

function problemsOf(markdown: string, file = FILE) {
  try {
    parsePolicyVersion(file, markdown);
  } catch (error) {
    if (error instanceof PolicyContentError) return error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("parsePolicyVersion", () => {
  it("reads the front matter and splits the body into sections by authored anchor", () => {
    const version = parsePolicyVersion(
      FILE,
      policyMarkdown({}, "Opening words.\n\n## Cookies and Image Tags {#cookies}\n\nWe use cookies.\n\n- **Preference** – remembers you.\n- **Security** – protects you.\n\n## CPNI {#cpni}\n\nCPNI is [cookies](#cookies)."),
    );
    expect(version).toMatchObject({ id: "2020-01-01", title: "Privacy Policy", effective: "2020-01-01", material: false });
    expect(version.sections.map((s) => [s.id, s.title])).toEqual([
      ["preamble", "Introduction"],
      ["cookies", "Cookies and Image Tags"],
      ["cpni", "CPNI"],
    ]);
    expect(version.sections[1]!.blocks).toEqual([
      { kind: "paragraph", text: "We use cookies." },
      { kind: "list-item", text: "Preference – remembers you." },
      { kind: "list-item", text: "Security – protects you." },
    ]);
  });

  it("keeps authored anchors as ids and adds a permalink to each heading", () => {
    const version = parsePolicyVersion(FILE, policyMarkdown({}, "## Children’s Privacy Policy {#childrens-privacy}\n\nText."));
    const heading = version.body.children.find((node) => node.type === "element" && node.tagName === "h2");
    expect(heading).toMatchObject({ properties: { id: "childrens-privacy" } });
    expect(JSON.stringify(heading)).toContain('"href":"#childrens-privacy"');
  });

  it("names each heading by its own words, not by its words and its permalink's label", () => {
    const version = parsePolicyVersion(FILE, policyMarkdown({}, "## Children’s Privacy Policy {#childrens-privacy}\n\nText."));
    const heading = version.body.children.find((node) => node.type === "element" && node.tagName === "h2");
    expect(heading).toMatchObject({ properties: { ariaLabel: "Children’s Privacy Policy" } });
    expect(JSON.stringify(heading)).toContain("Permalink to “Children’s Privacy Policy”");
  });

  it("renders :::address as an address with its line breaks", () => {
    const version = parsePolicyVersion(FILE, policyMarkdown({}, "## Contact {#contact}\n\n:::address\nPhone.com\\\nLivingston, NJ 07039\n:::"));
    expect(version.sections[0]!.blocks).toEqual([{ kind: "address", text: "Phone.com\nLivingston, NJ 07039" }]);
  });

  it.each([
    ["a missing field", policyMarkdown({ summary: undefined }, "## A {#a}"), `${FILE}:1: front-matter field "summary" is required`],
    ["a malformed date", policyMarkdown({ effective: "2020-02-30" }, "## A {#a}"), `${FILE}:5: front-matter field "effective" is not a real calendar date`],
    ["an unknown field", policyMarkdown({ author: "me" }, "## A {#a}"), `${FILE}:8: unknown front-matter field "author"`],
    ["an effective date before publication", policyMarkdown({ effective: "2019-12-31" }, "## A {#a}"), `${FILE}:5: front-matter field "effective" must not be earlier`],
    ["no front matter", "## A {#a}\n", `${FILE}:1: the file must begin with front matter`],
    ["raw HTML", policyMarkdown({}, "## A {#a}\n\n<script>alert(1)</script>\n"), `${FILE}:12: raw HTML is not allowed`],
    ["inline raw HTML", policyMarkdown({}, "## A {#a}\n\nSome <b>bold</b> words.\n"), `${FILE}:12: raw HTML is not allowed`],
    ["a heading without anchor", policyMarkdown({}, "## A\n"), `${FILE}:10: section heading has no anchor`],
    ["a duplicate anchor", policyMarkdown({}, "## A {#a}\n\n## B {#a}\n"), `${FILE}:12: duplicate section anchor "#a" (first used on line 10)`],
    ["a link to a missing anchor", policyMarkdown({}, "## A {#a}\n\nSee [B](#b).\n"), `${FILE}:12: link to "#b", but no section of this version has that anchor`],
    ["a level-1 heading", policyMarkdown({}, "# Title\n"), `${FILE}:10: do not write a level-1 heading`],
    ["a remote image", policyMarkdown({}, "## A {#a}\n\n![x](https://tracker.example/x.gif)\n"), `${FILE}:12: images are not allowed`],
    ["an unknown block", policyMarkdown({}, "## A {#a}\n\n:::warning\nx\n:::\n"), `${FILE}:12: unknown block ":::warning"`],
  ])("rejects %s, naming the file and line", (_name, markdown, expected) => {
    expect(problemsOf(markdown).join("\n")).toContain(expected);
  });

  it("never lets markup through, even where the parser would keep it", () => {
    const version = parsePolicyVersion(FILE, policyMarkdown({}, "## A {#a}\n\n[click](javascript:alert(1))\n"));
    expect(JSON.stringify(version.body)).not.toContain("javascript:");
  });
});
