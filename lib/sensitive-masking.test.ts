import { describe, expect, it } from "vitest";
import { maskPhoneNumber, maskSensitiveValue, selectClearTail } from "@/lib/sensitive-masking";

describe("sensitive masking", () => {
  it("keeps the last four letters or digits of long values, and nothing of short or guessable ones", () => {
    expect(selectClearTail("ssn", "900-12-3456")).toBe("3456");
    expect(selectClearTail("card_number", "4111 1111 1111 1111")).toBe("1111");
    expect(selectClearTail("passport_number", "X12345678")).toBe("5678");
    expect(selectClearTail("employee_id", "E-10423")).toBe("");
    expect(selectClearTail("security_code", "7391")).toBe("");
    expect(selectClearTail("mothers_maiden_name", "Castellanos")).toBe("");
  });

  it("masks from the tail alone, with words for screen readers", () => {
    expect(maskSensitiveValue("ssn", "3456")).toEqual({ masked: "***-**-3456", spoken: "ending in 3456" });
    expect(maskSensitiveValue("card_number", "1111")).toEqual({ masked: "•••• •••• •••• 1111", spoken: "ending in 1111" });
    expect(maskSensitiveValue("account_number", "0452").masked).toBe("••••0452");
    // A tail stored by mistake for a kind that must show none is still not shown.
    expect(maskSensitiveValue("security_code", "7391")).toEqual({ masked: "•••• (on file, never shown)", spoken: "on file, never shown" });
  });

  it("reduces a phone number to its last four digits, and is idempotent", () => {
    expect(maskPhoneNumber("+1 973 555 0142")).toBe("•••-•••-0142");
    expect(maskPhoneNumber(maskPhoneNumber("+1 973 555 0142"))).toBe("•••-•••-0142");
    expect(maskPhoneNumber("12")).toBe("•••");
  });
});
