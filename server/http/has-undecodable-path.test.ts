import { describe, expect, it } from "vitest";
import { hasUndecodablePath } from "./has-undecodable-path";

describe("hasUndecodablePath", () => {
  it.each([
    ["a plain path", "/requests/PC-2026-0001"],
    ["well-formed percent-encoding", "/unsubscribe/caf%C3%A9%20%2F"],
    ["the root", "/"],
  ])("is false for %s", (_, path) => {
    expect(hasUndecodablePath(path)).toBe(false);
  });

  it.each([
    ["a cut-off sequence", "/requests/%E0%A4%A"],
    ["bytes that are not UTF-8", "/privacy/versions/%C3%28"],
    ["a stray percent sign", "/unsubscribe/100%"],
    ["a percent sign without hex digits", "/api/unsubscribe/%zz/x"],
    ["one bad segment among good ones", "/a%20b/%E0/c%2Fd"],
  ])("is true for %s", (_, path) => {
    expect(hasUndecodablePath(path)).toBe(true);
  });
});
