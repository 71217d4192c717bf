import { describe, expect, it } from "vitest";
import { changeChoiceSchema, describeInputProblem, gpcAnswerSchema } from "./schemas";

const problemWith = (input: unknown) => {
  const parsed = changeChoiceSchema.safeParse(input);
  return parsed.success ? null : describeInputProblem(parsed.error);
};

describe("changeChoiceSchema", () => {
  it("accepts a known choice and a boolean", () => {
    expect(changeChoiceSchema.parse({ choiceKey: "advertising-cookies", value: false })).toEqual({ choiceKey: "advertising-cookies", value: false });
  });

  it("refuses an unknown choice, a value that is not a boolean, and any other field (such as a customer id)", () => {
    expect(problemWith({ choiceKey: "sell-everything", value: false })).toBe("There is no such choice.");
    expect(problemWith({ choiceKey: "advertising-cookies", value: "off" })).toBe("The value must be true (on) or false (off).");
    expect(problemWith({ choiceKey: "advertising-cookies", value: true, customerId: "someone-else" })).toBe("Unexpected field: customerId.");
    expect(problemWith(null)).toBe("Send a choice key and a value.");
  });
});

describe("gpcAnswerSchema", () => {
  it("accepts an answer only about a choice the signal covers", () => {
    expect(gpcAnswerSchema.safeParse({ choiceKey: "share-with-advertisers", answer: "keep" }).success).toBe(true);
    const parsed = gpcAnswerSchema.safeParse({ choiceKey: "promotional-email", answer: "apply" });
    expect(parsed.success ? null : describeInputProblem(parsed.error)).toBe("The Global Privacy Control signal does not apply to that choice.");
  });
});
