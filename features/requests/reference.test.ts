import { describe, expect, it } from "vitest";
import { generateReference, normalizeReference, REFERENCE_PATTERN } from "./reference";

describe("reference numbers", () => {
  it("look like PR-7K4Q-9M2X, from an alphabet without look-alike characters, and do not repeat", () => {
    const references = Array.from({ length: 2000 }, generateReference);
    for (const reference of references) {
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference.slice(3)).not.toMatch(/[01ILOU]/);
    }
    expect(new Set(references).size).toBe(references.length);
  });

  it("reads a reference however it was typed, and refuses what cannot be one", () => {
    expect(normalizeReference(" pr 7k4q 9m2x ")).toBe("PR-7K4Q-9M2X");
    expect(normalizeReference("7K4Q9M2X")).toBe("PR-7K4Q-9M2X");
    expect(normalizeReference("PR-7K4Q-9M2")).toBeNull();
    expect(normalizeReference("PR-0K4Q-9M2X")).toBeNull();
  });
});
