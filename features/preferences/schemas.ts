import { z } from "zod";
import { choiceKeys, choices, type ChoiceKey } from "@/content/choices";

/**
 * The inputs that change a choice, shared by the toggles (browser) and the
 * route handler and server actions (the authority). Strict: an unknown field,
 * such as a customer id, is refused rather than ignored, since whose choice
 * changes comes from the session alone.
 */
export const choiceKeySchema = z.enum(choiceKeys, { error: "There is no such choice." });

export const changeChoiceSchema = z.strictObject(
  {
    choiceKey: choiceKeySchema,
    value: z.boolean({ error: "The value must be true (on) or false (off)." }),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unexpected field: ${issue.keys.join(", ")}.` : "Send a choice key and a value.") },
);

export type ChangeChoiceInput = z.infer<typeof changeChoiceSchema>;

const gpcChoiceKeys = choices.filter((choice) => choice.turnedOffByGpc).map((choice) => choice.key) as [ChoiceKey, ...ChoiceKey[]];

/** The answer to "your browser's Global Privacy Control signal conflicts with a choice you made". */
export const gpcAnswerSchema = z.strictObject({
  choiceKey: z.enum(gpcChoiceKeys, { error: "The Global Privacy Control signal does not apply to that choice." }),
  answer: z.enum(["keep", "apply"], { error: "Answer “keep” or “apply”." }),
});

export type GpcAnswerInput = z.infer<typeof gpcAnswerSchema>;

/** The first message of a failed parse, for a person to read. */
export function describeInputProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? "The request is not valid.";
}
