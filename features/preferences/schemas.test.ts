import { describe, expect, it } from "vitest";
import { describeInvalidInput } from "@/lib/forms/form-state";
import { gpcAnswerSchema, saveChoiceSchema } from "./schemas";

const answerTo = (input: Record<string, string>) => {
  const parsed = saveChoiceSchema.safeParse(input);
  return parsed.success ? null : describeInvalidInput(parsed.error);
};

describe("saveChoiceSchema, the toggle's form", () => {
  it("takes a choice's key, and `value=on` for on or nothing for off", () => {
    expect(saveChoiceSchema.parse({ choiceKey: "advertising-cookies", value: "on" })).toEqual({ choiceKey: "advertising-cookies", value: "on" });
    expect(saveChoiceSchema.parse({ choiceKey: "advertising-cookies" })).toEqual({ choiceKey: "advertising-cookies" });
  });

  it("refuses a value other than on, and any other field (such as a customer id) as a tampered form", () => {
    expect(answerTo({ choiceKey: "advertising-cookies", value: "off" })?.fieldErrors).toEqual({ value: "The value must be “on”, or left out for off." });
    expect(answerTo({ choiceKey: "advertising-cookies", value: "on", customerId: "someone-else" })?.message).toBe(
      "The form sent something we did not expect. Please reload the page and try again.",
    );
    expect(answerTo({ value: "on" })?.status).toBe("error");
  });
});

describe("gpcAnswerSchema", () => {
  it("accepts an answer only about a choice the signal covers", () => {
    expect(gpcAnswerSchema.safeParse({ choiceKey: "share-with-advertisers", answer: "consent" }).success).toBe(true);
    expect(gpcAnswerSchema.safeParse({ choiceKey: "advertising-cookies", answer: "keep-off" }).success).toBe(true);
    expect(gpcAnswerSchema.safeParse({ choiceKey: "advertising-cookies", answer: "keep" }).success).toBe(false);
    const parsed = gpcAnswerSchema.safeParse({ choiceKey: "promotional-email", answer: "consent" });
    expect(parsed.error?.issues[0]?.message).toBe("The Global Privacy Control signal does not apply to that choice.");
  });
});
