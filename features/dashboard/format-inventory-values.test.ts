import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-inventory-values";

describe("sizes on the dashboard", () => {
  it("are written in the largest unit that keeps the number readable", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(840)).toBe("840 bytes");
    expect(formatBytes(312_000)).toBe("312 kB");
    expect(formatBytes(4_240_000)).toBe("4.2 MB");
    expect(formatBytes(7_000_000_000)).toBe("7 GB");
  });
});
