import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { minorReportSchema } from "./schemas";

const valid = {
  idempotencyKey: randomUUID(),
  website: "",
  reporterName: "  Sam Parent ",
  reporterEmail: "",
  reporterPhone: "(973) 555-0142",
  relation: "guardian",
  childAge: "0",
  childEmail: "",
  childPhone: "",
  childAccountNumber: "PC-77310452",
  disclosed: "  <b>Her</b> photos\r\n",
  anythingElse: "   ",
};

const messagesOf = (input: Record<string, unknown>) => {
  const parsed = minorReportSchema.safeParse(input);
  // The first message per field, as the form shows it.
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.toReversed().map((issue) => [String(issue.path[0]), issue.message]));
};

describe("the minor's report schema", () => {
  it("takes what the form sends, with empty optional fields as null and free text exactly as written", () => {
    expect(minorReportSchema.parse(valid)).toEqual({
      idempotencyKey: valid.idempotencyKey,
      website: "",
      reporterName: "Sam Parent",
      reporterEmail: null,
      reporterPhone: "+1 973 555 0142",
      relation: "guardian",
      childAge: 0,
      childEmail: null,
      childPhone: null,
      childAccountNumber: "PC-77310452",
      disclosed: "  <b>Her</b> photos\r\n",
      anythingElse: null,
    });
  });

  it("explains every problem at once, in words a person understands", () => {
    expect(
      messagesOf({ ...valid, reporterName: " ", reporterPhone: "", relation: "neighbour", childAge: "twelve", childAccountNumber: "", disclosed: "  " }),
    ).toEqual({
      reporterName: "Enter your name.",
      relation: "Choose how you are related to the child.",
      childAge: "Enter the child's age in whole years, as a number from 0 to 17.",
      disclosed: "Tell us what information about the child was disclosed.",
      reporterContact: "Give an email address or a phone number, so we can reach you about this report.",
      childIdentifiers: "Tell us at least one thing the child used: an email address, a phone number or an account number.",
    });
  });

  it("is for children: an age of 18 or more is pointed elsewhere", () => {
    expect(messagesOf({ ...valid, childAge: "17" })).toEqual({});
    expect(messagesOf({ ...valid, childAge: "18" }).childAge).toMatch(/^This form is for children under 18\./);
    expect(messagesOf({ ...valid, childAge: "-1" }).childAge).toBe("Enter the child's age in whole years, as a number from 0 to 17.");
    expect(messagesOf({ ...valid, childAge: "7.5" }).childAge).toBe("Enter the child's age in whole years, as a number from 0 to 17.");
  });

  it("checks the formats of what was typed, and the lengths", () => {
    expect(messagesOf({ ...valid, reporterEmail: "sam@", childPhone: "555", disclosed: "x".repeat(2001), reporterName: "n".repeat(121) })).toEqual({
      reporterEmail: "Enter an email address like name@example.com.",
      childPhone: "Enter a phone number of 10 to 15 digits, with the area code.",
      disclosed: "What was disclosed can be at most 2000 characters.",
      reporterName: "Your name can be at most 120 characters.",
    });
  });

  it("refuses a field the form never had, and a missing or made-up idempotency key", () => {
    expect(minorReportSchema.safeParse({ ...valid, customerId: "x" }).error?.issues[0]?.code).toBe("unrecognized_keys");
    expect(messagesOf({ ...valid, idempotencyKey: "1" }).idempotencyKey).toBe("This form has expired. Please reload the page and try again.");
  });
});
