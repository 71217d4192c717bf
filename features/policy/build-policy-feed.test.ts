import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildPolicyFeed } from "./build-policy-feed";
import { parsePolicyVersion } from "./parse-policy-version";
import { buildTimeline } from "./policy-timeline";
import { policyMarkdown } from "./testing/policy-markdown";

const version = (id: string, summary: string) =>
  parsePolicyVersion(`${id}.md`, policyMarkdown({ id, published: id, effective: id, summary: JSON.stringify(summary) }, "## A {#a}\n"));

describe("buildPolicyFeed", () => {
  const timeline = buildTimeline([version("2019-04-05", "First."), version("2026-11-20", "Adds <GPC> & more.")], "2026-11-28");
  const xml = buildPolicyFeed(timeline, "https://privacy.example.com");
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).feed;

  it("is an Atom feed with one entry per version, newest first, under stable ids", () => {
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      "tag:phone.com,2019:privacy-policy/2026-11-20",
      "tag:phone.com,2019:privacy-policy/2019-04-05",
    ]);
  });

  it("links each entry to its version and, after the first, to its redline", () => {
    const [newest, oldest] = feed.entry;
    expect(newest.link.href).toBe("https://privacy.example.com/privacy/versions/2026-11-20");
    expect(newest.content["#text"]).toContain("https://privacy.example.com/privacy/compare/2019-04-05...2026-11-20");
    expect(oldest.content["#text"]).not.toContain("/privacy/compare/");
  });

  it("carries the summary as HTML-escaped text, so a reader never takes it for markup", () => {
    expect(feed.entry[0].summary["#text"]).toBe("Adds &lt;GPC&gt; &amp; more.");
    expect(xml).not.toContain("<GPC>");
  });
});
