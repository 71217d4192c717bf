import { z } from "zod";
import { choices, type ChoiceKey } from "@/content/choices";

/**
 * A choice's form, as the toggle posts it (the no-JavaScript form and the
 * toggle's mutation send the same fields to the same server action): the
 * choice's key, and `value=on` when it is to be on (an unticked checkbox sends
 * nothing, so absence means off). Strict: an unknown field, such as a customer
 * id, is refused rather than ignored, since whose choice changes comes from the
 * session alone. The key is only a string here: the action finds the choice it
 * names, and a key naming none is answered like a page that does not exist.
 */
export const saveChoiceSchema = z.strictObject({
  choiceKey: z.string().max(100),
  value: z.literal("on", { error: "The value must be “on”, or left out for off." }).optional(),
});

export type SaveChoiceInput = z.infer<typeof saveChoiceSchema>;

const gpcChoiceKeys = choices.filter((choice) => choice.turnedOffByGpc).map((choice) => choice.key) as [ChoiceKey, ...ChoiceKey[]];

/**
 * The answer to "your browser's Global Privacy Control signal turned off a
 * choice you had turned on": turn it back on (consent despite the signal), or keep it off.
 */
export const gpcAnswerSchema = z.strictObject({
  choiceKey: z.enum(gpcChoiceKeys, { error: "The Global Privacy Control signal does not apply to that choice." }),
  answer: z.enum(["consent", "keep-off"], { error: "Answer “consent” or “keep-off”." }),
});

export type GpcAnswerInput = z.infer<typeof gpcAnswerSchema>;
