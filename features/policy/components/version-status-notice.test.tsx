import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parsePolicyVersion } from "../parse-policy-version";
import { buildTimeline } from "../policy-timeline";
import { policyMarkdown } from "../testing/policy-markdown";
import { VersionStatusNotice } from "./version-status-notice";

const version = (id: string, effective = id) =>
  parsePolicyVersion(`${id}.md`, policyMarkdown({ id, published: id, effective, summary: `Summary of ${id}.` }, "## A {#a}\n"));

const [old, current, upcoming] = buildTimeline([version("2019-04-05"), version("2026-11-20"), version("2026-11-25", "2027-01-01")], "2026-11-28");

describe("VersionStatusNotice", () => {
  it("announces an upcoming version on the current policy, linking to it and to the redline", () => {
    const html = renderToStaticMarkup(<VersionStatusNotice entry={current!} current={current!} upcoming={upcoming!} />);
    expect(html).toContain("A new version of this policy has been published");
    expect(html).toContain("January 1, 2027");
    expect(html).toContain('href="/privacy/versions/2026-11-25"');
    expect(html).toContain('href="/privacy/compare/2026-11-20...2026-11-25"');
  });

  it("says nothing on the current policy when no version is upcoming", () => {
    expect(renderToStaticMarkup(<VersionStatusNotice entry={current!} current={current!} upcoming={null} />)).toBe("");
  });

  it("marks an earlier version and links to the current one and to what changed since", () => {
    const html = renderToStaticMarkup(<VersionStatusNotice entry={old!} current={current!} upcoming={null} />);
    expect(html).toContain("This is an earlier version of the policy");
    expect(html).toContain('href="/privacy"');
    expect(html).toContain('href="/privacy/compare/2019-04-05...2026-11-20"');
  });

  it("marks an upcoming version as not in force yet", () => {
    const html = renderToStaticMarkup(<VersionStatusNotice entry={upcoming!} current={current!} upcoming={upcoming!} />);
    expect(html).toContain("This version is not in force yet");
    expect(html).toContain("January 1, 2027");
  });
});
