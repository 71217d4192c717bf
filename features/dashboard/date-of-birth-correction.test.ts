import { describe, expect, it } from "vitest";
import { dateOfBirthCorrectionSchema } from "./date-of-birth-correction";

const key = "6f1c2a0e-8d3b-4c1e-9a57-0b2d4e6f8a10";

describe("the date-of-birth correction form", () => {
  it("accepts a real past date with an optional note", () => {
    expect(dateOfBirthCorrectionSchema.parse({ dateOfBirth: "1984-06-21", idempotencyKey: key })).toEqual({ dateOfBirth: "1984-06-21", note: "", idempotencyKey: key });
  });

  it.each([
    ["1984-02-30", "That date does not exist."],
    ["12/06/1984", "Enter the date as year, month and day"],
    ["2999-01-01", "A date of birth cannot be in the future."],
    ["1850-01-01", "Enter a date after 1900."],
  ])("explains what is wrong with %s", (dateOfBirth, message) => {
    const result = dateOfBirthCorrectionSchema.safeParse({ dateOfBirth, idempotencyKey: key });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it("refuses unknown fields, such as another customer's id", () => {
    expect(dateOfBirthCorrectionSchema.safeParse({ dateOfBirth: "1984-06-21", idempotencyKey: key, customerId: "someone-else" }).success).toBe(false);
  });
});
