import { describe, expect, it } from "vitest";
import { parsePolicyVersion } from "./parse-policy-version";
import { buildTimeline, isoDay } from "./policy-timeline";
import { policyMarkdown } from "./testing/policy-markdown";

const version = (id: string, effective = id) =>
  parsePolicyVersion(`${id}.md`, policyMarkdown({ id, published: id, effective }, "## A {#a}\n"));

const versions = [version("2019-04-05"), version("2026-11-20"), version("2026-12-01", "2027-01-01")];

describe("buildTimeline", () => {
  it("makes the newest effective version current, earlier ones superseded and later ones upcoming", () => {
    const statuses = buildTimeline(versions, "2026-11-28").map((e) => [e.version.id, e.status, e.previous?.id ?? null]);
    expect(statuses).toEqual([
      ["2019-04-05", "superseded", null],
      ["2026-11-20", "current", "2019-04-05"],
      ["2026-12-01", "upcoming", "2026-11-20"],
    ]);
  });

  it("switches to the upcoming version on its effective day", () => {
    expect(buildTimeline(versions, "2027-01-01").find((e) => e.status === "current")?.version.id).toBe("2026-12-01");
  });

  it("shows the oldest version as current before any is effective", () => {
    expect(buildTimeline(versions, "2000-01-01").map((e) => e.status)).toEqual(["current", "upcoming", "upcoming"]);
  });

  it("counts days in UTC", () => {
    expect(isoDay(new Date("2026-11-28T23:30:00-05:00"))).toBe("2026-11-29");
  });
});
