import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPolicyVersions } from "./load-policy-versions";
import { policyMarkdown } from "./testing/policy-markdown";

const CONTENT_DIR = path.join(process.cwd(), "content", "policy");
// A copy of ../shared/seed/privacy-policy-2019-04-05.txt, so the test does not depend on where the checkout sits.
const SEED = path.join(process.cwd(), "features", "policy", "testing", "seed-privacy-policy-2019-04-05.txt");

const folders: string[] = [];
function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-"));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
afterEach(() => folders.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Compares text the way a reader would: same words, same punctuation, whitespace aside. */
const words = (text: string) => text.replace(/[\s\u00a0]+/g, " ").replace(/ ([.,)])/g, "$1").replace(/\( /g, "(").trim();

describe("loadPolicyVersions", () => {
  it("loads the published content, oldest first", () => {
    const versions = loadPolicyVersions(CONTENT_DIR);
    expect(versions.map((v) => v.id)).toEqual(["2019-04-05", "2026-11-20", "2027-01-15"]);
    expect(versions[1]!.summary).toMatch(/Global Privacy Control/);
    expect(versions[1]!.sections.map((s) => s.id)).toContain("global-privacy-control");
  });

  it("keeps every sentence of the 2019 policy, unchanged and in order", () => {
    // The seed's first two lines are an archive's note and the page title, not policy text.
    const seedLines = fs.readFileSync(SEED, "utf8").split("\n").slice(2).filter((line) => line.trim());
    const version = loadPolicyVersions(CONTENT_DIR).find((v) => v.id === "2019-04-05")!;
    const rendered = words(
      version.sections.flatMap((s) => (s.id === "preamble" ? [] : [s.title])).join(" ") +
        " " +
        version.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(" "),
    ).toLowerCase();
    const renderedInOrder = words(version.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(" "));
    let cursor = 0;
    for (const line of seedLines) {
      const isHeading = line === line.toUpperCase() && /[A-Z]/.test(line);
      if (isHeading) {
        expect(rendered).toContain(words(line).toLowerCase());
        continue;
      }
      // Lists and addresses are split into items; their words must still follow one another.
      for (const piece of words(line).split(/(?<=[.:;])\s+/)) {
        const found = renderedInOrder.replace(/\n/g, " ").indexOf(piece, cursor);
        expect(found, `sentence missing or out of order: ${piece}`).toBeGreaterThanOrEqual(0);
        cursor = found + piece.length;
      }
    }
  });

  it("fails, naming both files, when two versions share an id", () => {
    const dir = folderWith({
      "2020-01-01.md": policyMarkdown({}, "## A {#a}\n"),
      "a-copy.md": policyMarkdown({}, "## A {#a}\n"),
    });
    expect(() => loadPolicyVersions(dir)).toThrow(/a-copy\.md:2: version id "2020-01-01" is already used by .*2020-01-01\.md/);
  });

  it("reports the problems of every file at once", () => {
    const dir = folderWith({
      "2020-01-01.md": policyMarkdown({ title: undefined }, "## A {#a}\n"),
      "2020-02-01.md": policyMarkdown({ id: "2020-02-01", published: "2020-02-01", effective: "2020-02-01" }, "## A {#a}\n\n<div>x</div>\n"),
    });
    expect(() => loadPolicyVersions(dir)).toThrow(/2 problems:[\s\S]*2020-01-01\.md:1: front-matter field "title"[\s\S]*2020-02-01\.md:12: raw HTML/);
  });

  it("fails when the folder holds no version", () => {
    expect(() => loadPolicyVersions(folderWith({}))).toThrow(/holds no policy version/);
  });
});
