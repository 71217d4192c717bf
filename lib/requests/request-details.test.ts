import { describe, expect, it } from "vitest";
import { isDateOfBirthCorrection, parseRequestDetails, readTypedDetails } from "@/lib/requests/request-details";

describe("a request's details, read from the database", () => {
  it("come back in their type's shape, in the order the form wrote them", () => {
    const minor = {
      reporterPhone: null,
      relation: "parent",
      childAge: 15,
      childEmail: "child@example.com",
      childPhone: null,
      childAccountNumber: "••••5678",
      disclosed: "<b>Her name</b>",
      anythingElse: null,
    };
    expect(Object.entries(parseRequestDetails("minor_report", JSON.stringify(minor)))).toEqual(Object.entries(minor));
    expect(parseRequestDetails("california_privacy_rights", '{"answerChannel":"postal"}')).toEqual({ answerChannel: "postal" });
    expect(parseRequestDetails("access", '{"reauthenticatedAt":"2026-12-01T14:59:30.000Z"}')).toEqual({ reauthenticatedAt: "2026-12-01T14:59:30.000Z" });
    expect(parseRequestDetails("deletion", "{}")).toEqual({});
  });

  it("tell a date-of-birth correction from a correction of the records", () => {
    const dateOfBirth = parseRequestDetails("correction", '{"field":"date_of_birth","requestedValue":"1984-06-12","note":null}');
    expect(dateOfBirth).toEqual({ field: "date_of_birth", requestedValue: "1984-06-12", note: null });
    expect(isDateOfBirthCorrection(dateOfBirth)).toBe(true);

    const records = parseRequestDetails("correction", '{"field":"cpni","fieldTitle":"CPNI","correction":"Wrong plan"}');
    expect(records).toEqual({ field: "cpni", fieldTitle: "CPNI", correction: "Wrong plan" });
    expect(isDateOfBirthCorrection(records)).toBe(false);
  });

  it("read a row written before a field existed, with the field empty, rather than fail the page", () => {
    expect(parseRequestDetails("correction", '{"field":"date_of_birth","requestedValue":"1984-02-30"}')).toEqual({ field: "date_of_birth", requestedValue: "1984-02-30", note: null });
    expect(parseRequestDetails("correction", '{"field":"cpni","correction":"Wrong plan"}')).toEqual({ field: "cpni", fieldTitle: "cpni", correction: "Wrong plan" });
    expect(parseRequestDetails("minor_report", '{"childEmail":"child@example.com"}')).toMatchObject({ childEmail: "child@example.com", relation: null, disclosed: "" });
    expect(parseRequestDetails("access", '{"unknown":"dropped"}')).toEqual({});
  });

  it("keep the type and the details together, so one narrows the other", () => {
    const request = readTypedDetails("california_privacy_rights", '{"answerChannel":"email"}');
    expect(request.type === "california_privacy_rights" && request.details.answerChannel).toBe("email");
  });
});
