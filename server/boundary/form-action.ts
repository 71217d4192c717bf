import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { describeInvalidInput, type FormState } from "@/lib/forms/form-state";
import { type Access, authenticate, type ContextFor, contextFor } from "./authenticate";
import { readFormInput, readKeptValues, requireFormData } from "./form-input";
import { Refusal } from "./refusal";

export interface FormActionSpec<A extends Access, Input, Resource, Result> {
  access: A;
  /** The feature's schema for this form: strict, so a field it does not name is refused. */
  schema: z.ZodType<Input>;
  /** Where to come back to after signing in when the session has ended; by default the page asked for. */
  returnTo?: string;
  /**
   * For an action on one resource: loads it as this actor may see it (the
   * owner in the WHERE clause). Nothing found is answered 404, the same as a
   * resource that does not exist.
   */
  authorize?: (input: Input, context: ContextFor<A>) => Promise<Resource | undefined>;
  /** The feature's work. Answers the form's next state, redirects, or `refuse()`s. */
  run: (input: Input, context: ContextFor<A>, resource: Resource) => Promise<FormState<Result>>;
}

/**
 * The one way a form reaches a feature, in this order, for every form:
 *
 * 1. the input must be a form (anything else: 404);
 * 2. the session row and the role (before any field is read);
 * 3. the feature's schema (a refusal never reaches step 4 or 5);
 * 4. the resource, loaded with its owner in the WHERE clause;
 * 5. the feature, with a context (database, actor, clock, secrets);
 * 6. a refusal, from any step, becomes the form's error state, with what was
 *    typed kept (never a password).
 *
 * Used through useActionState, so forms work with and without JavaScript.
 */
export async function runFormAction<A extends Access, Input, Resource, Result>(
  spec: FormActionSpec<A, Input, Resource, Result>,
  input: unknown,
): Promise<FormState<Result>> {
  const formData = requireFormData(input);
  const actor = await authenticate(spec.access, spec.returnTo);
  const values = readKeptValues(formData);
  const parsed = spec.schema.safeParse(readFormInput(formData));
  if (!parsed.success) return describeInvalidInput(parsed.error, values);
  const context = await contextFor(actor);
  try {
    const resource = spec.authorize ? await spec.authorize(parsed.data, context) : (undefined as Resource);
    if (spec.authorize && resource === undefined) notFound();
    return await spec.run(parsed.data, context, resource as Resource);
  } catch (error) {
    if (error instanceof Refusal) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    throw error;
  }
}

/** A form's server action, for useActionState: `(previous state, form) → next state`. */
export function formAction<A extends Access, Input, Resource = undefined, Result = undefined>(spec: FormActionSpec<A, Input, Resource, Result>) {
  return async (_previous: FormState<Result>, input: FormData): Promise<FormState<Result>> => runFormAction(spec, input);
}

export interface PostActionSpec<A extends Access, Input> {
  access: A;
  schema: z.ZodType<Input>;
  returnTo?: string;
  run: (input: Input, context: ContextFor<A>) => Promise<void>;
}

/**
 * A plain form's action (`<form action={…}>`, no state to show), such as a
 * button that dismisses a notice. The same order as `formAction`; as the page
 * offers only valid values, an invalid one can only come from a tampered or
 * stale form, and is answered like something that does not exist: 404.
 */
export function postAction<A extends Access, Input>(spec: PostActionSpec<A, Input>) {
  return async (input: FormData): Promise<void> => {
    const formData = requireFormData(input);
    const actor = await authenticate(spec.access, spec.returnTo);
    const parsed = spec.schema.safeParse(readFormInput(formData));
    if (!parsed.success) notFound();
    await spec.run(parsed.data, await contextFor(actor));
  };
}
