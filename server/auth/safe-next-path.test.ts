import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/account")).toBe("/account");
    expect(safeNextPath("/account/security?tab=email#password")).toBe("/account/security?tab=email#password");
  });

  it.each([
    ["an absolute URL", "https://evil.example/account"],
    ["a protocol-relative URL", "//evil.example/account"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["a tab inside the host", "/\t/evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "account"],
    ["the sign-in page itself", "/sign-in?next=/account"],
    ["nothing", undefined],
    ["an array", ["/account"]],
  ])("refuses %s", (_, value) => {
    expect(safeNextPath(value)).toBeNull();
  });
});
