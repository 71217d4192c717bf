import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { californiaRequestSchema } from "./schemas";

const valid = {
  idempotencyKey: randomUUID(),
  fullName: "Casey Californian",
  answerChannel: "email",
  email: "Casey@Example.com ",
  streetAddress: "",
  city: "Fresno",
  state: "ca",
  postalCode: "936501234",
};

const messagesOf = (input: Record<string, unknown>) => {
  const parsed = californiaRequestSchema.safeParse(input);
  // The first message per field, as the form shows it.
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.toReversed().map((issue) => [String(issue.path[0]), issue.message]));
};

describe("the California Privacy Rights request schema", () => {
  it("needs no street address when the answer goes by email", () => {
    expect(californiaRequestSchema.parse(valid)).toMatchObject({ email: "casey@example.com", streetAddress: null, state: "CA", postalCode: "93650-1234" });
  });

  it("needs the street address when the answer goes by postal mail, and then no email", () => {
    expect(messagesOf({ ...valid, answerChannel: "postal", email: "" })).toEqual({
      streetAddress: "Enter your street address: you chose to get our answer by postal mail.",
    });
    expect(messagesOf({ ...valid, answerChannel: "postal", email: "", streetAddress: "1 Ocean Ave" })).toEqual({});
  });

  it("needs the email address when the answer goes by email", () => {
    expect(messagesOf({ ...valid, email: "" })).toEqual({ email: "Enter your email address: you chose to get our answer by email." });
  });

  it("explains every problem at once", () => {
    expect(messagesOf({ idempotencyKey: valid.idempotencyKey, fullName: "", city: "", state: "", postalCode: "" })).toEqual({
      fullName: "Enter your name.",
      answerChannel: "Choose how we should send our answer: by email or by postal mail.",
      city: "Enter your city.",
      state: "Enter your state as its two-letter code, for example CA.",
      postalCode: "Enter your ZIP code.",
    });
    expect(messagesOf({ ...valid, state: "XX", postalCode: "9365" })).toEqual({
      state: "Enter your state as its two-letter code, for example CA.",
      postalCode: "Enter a ZIP code of 5 digits, or 9 digits as 12345-6789.",
    });
  });
});
