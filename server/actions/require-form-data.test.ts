import { describe, expect, it } from "vitest";
import { readFormInput as readAccountFormInput, textOf } from "@/features/account-security/form-state";
import { requireFormData } from "./require-form-data";

/** Next.js's notFound() throws an error that carries this digest; Next.js answers it 404. */
function digestOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return undefined;
}

const notForms = [undefined, null, "not a form", 5, {}, { choiceKey: "x" }, ["a", "b"]];

describe("requireFormData", () => {
  it("gives back a form", () => {
    const form = new FormData();
    expect(requireFormData(form)).toBe(form);
  });

  it.each(notForms.map((value) => [JSON.stringify(value) ?? "undefined", value]))("answers %s with a 404", (_, value) => {
    expect(digestOf(() => requireFormData(value))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });
});

describe("the form readers", () => {
  it("read a form's fields without React's", () => {
    const form = new FormData();
    form.set("$ACTION_ID_abc", "");
    form.set("email", "a@example.com");
    expect(readAccountFormInput(form)).toEqual({ email: "a@example.com" });
    expect(textOf(form, "email")).toBe("a@example.com");
  });

  it("answer anything else with a 404, and keep nothing from it", () => {
    for (const value of notForms) {
      expect(digestOf(() => readAccountFormInput(value))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
      expect(textOf(value, "email")).toBe("");
    }
  });
});
