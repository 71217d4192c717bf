import { describe, expect, it } from "vitest";
import { contactDetailsSchema } from "./schemas";

const valid = { fullName: "Alex Rivera", streetAddress: "42 Harbor View Road", city: "Livingston", state: "NJ", postalCode: "07039", phone: "+1 973 555 0142" };
const errorsOf = (input: Record<string, unknown>) => {
  const result = contactDetailsSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join(".") || "(form)", issue.message]));
};

describe("contactDetailsSchema", () => {
  it("accepts a correct address and normalises state, ZIP+4 and phone", () => {
    expect(contactDetailsSchema.parse({ ...valid, state: " nj ", postalCode: "070391234", phone: "(973) 555-0142" })).toEqual({
      ...valid,
      postalCode: "07039-1234",
    });
    expect(contactDetailsSchema.parse({ ...valid, phone: "1-973-555-0142" }).phone).toBe("+1 973 555 0142");
    expect(contactDetailsSchema.parse({ ...valid, phone: "+44 20 7946 0958" }).phone).toBe("+442079460958");
  });

  it("explains a bad ZIP code, state or phone number", () => {
    expect(errorsOf({ ...valid, postalCode: "0703" })).toEqual({ postalCode: "Enter a ZIP code of 5 digits, or 9 digits as 12345-6789." });
    expect(errorsOf({ ...valid, postalCode: "07039-12" })).toHaveProperty("postalCode");
    expect(errorsOf({ ...valid, state: "New Jersey" })).toEqual({ state: "Enter a US state as its two-letter code, for example NJ or CA." });
    expect(errorsOf({ ...valid, state: "XX" })).toHaveProperty("state");
    expect(errorsOf({ ...valid, phone: "555-0142" })).toEqual({ phone: "Enter a phone number of 10 to 15 digits, with the area code." });
    expect(errorsOf({ ...valid, phone: "call me" })).toHaveProperty("phone");
  });

  it("requires every field, and trims blanks to empty", () => {
    expect(errorsOf({ ...valid, fullName: "   " })).toEqual({ fullName: "Enter your full name." });
    expect(errorsOf({ ...valid, city: undefined })).toEqual({ city: "Enter your city." });
  });

  it("rejects fields it does not know, such as the date of birth or another account's id", () => {
    expect(contactDetailsSchema.safeParse({ ...valid, dateOfBirth: "2000-01-01" }).success).toBe(false);
    expect(contactDetailsSchema.safeParse({ ...valid, accountId: "demo-customer-jordan" }).success).toBe(false);
  });
});
