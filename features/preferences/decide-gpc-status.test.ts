import { describe, expect, it } from "vitest";
import { decideGpcStatus } from "./decide-gpc-status";

describe("decideGpcStatus (CCPA regs §7025(c))", () => {
  it("turns off any covered choice that is on, even one the customer turned on themselves", () => {
    expect(decideGpcStatus({ value: true, method: "default", oldValue: true, previous: null })).toBe("apply");
    expect(decideGpcStatus({ value: true, method: "dashboard", oldValue: false, previous: { value: false, method: "dashboard" } })).toBe("apply");
    expect(decideGpcStatus({ value: true, method: "administrator", oldValue: false, previous: null })).toBe("apply");
  });

  it("leaves on a choice the customer turned back on after the signal", () => {
    expect(decideGpcStatus({ value: true, method: "gpc_consent", oldValue: false, previous: { value: false, method: "gpc" } })).toBe("consented");
  });

  it("reports a conflict only where the signal overrode the customer's own opt-in", () => {
    expect(decideGpcStatus({ value: false, method: "gpc", oldValue: true, previous: { value: true, method: "dashboard" } })).toBe("conflict");
    expect(decideGpcStatus({ value: false, method: "gpc", oldValue: true, previous: null })).toBe("turned-off");
    // "Keep it off" is a gpc record that kept the value: asked no more.
    expect(decideGpcStatus({ value: false, method: "gpc", oldValue: false, previous: { value: false, method: "gpc" } })).toBe("turned-off");
    expect(decideGpcStatus({ value: false, method: "dashboard", oldValue: true, previous: null })).toBe("already-off");
  });
});
