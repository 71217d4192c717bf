import { describe, expect, it } from "vitest";
import { readFormInput, readKeptValues, requireFormData } from "./form-input";

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
  const form = new FormData();
  form.set("$ACTION_ID_abc", "");
  form.set("email", "a@example.com");
  form.set("currentPassword", "secret");
  form.set("newPassword", "secret too");
  form.set("website", "http://bot.example");
  form.set("note", "x".repeat(6000));

  it("read a form's fields without React's, for the strict schema to judge", () => {
    expect(readFormInput(form)).toEqual({
      email: "a@example.com",
      currentPassword: "secret",
      newPassword: "secret too",
      website: "http://bot.example",
      note: "x".repeat(6000),
    });
  });

  it("keep what was typed to give it back, but never a password or the honeypot, and not without end", () => {
    expect(readKeptValues(form)).toEqual({ email: "a@example.com", note: "x".repeat(5000) });
  });
});
