"use client";

import { choicesHref } from "@/lib/account-links";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useActionState, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { globalPrivacyControlPolicy, type PublishedChoice } from "@/content/choices";
import { policyHref } from "@/lib/policy-links";
import { idleFormState } from "@/lib/forms/form-state";
import { saveChoiceAction } from "../actions";
import { onOff, type SavedChoice } from "../choice-values";
import { Badge } from "@/components/ui/badge";

export interface ToggleOutcome {
  kind: "saved" | "failed";
  message: string;
}

/** The server's "no", in its own words (the action's error state). */
class ChoiceRefused extends Error {}

/** Next.js rejects an action that redirected (an ended session is sent to sign in) with an error of this digest. */
function isRedirect(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_REDIRECT");
}

function describeFailure(error: unknown): string {
  if (error instanceof ChoiceRefused) return error.message;
  if (isRedirect(error)) return "Your session has ended. Sign in again to change your choices.";
  // fetch fails with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return "We could not reach the server. Check your connection and try again.";
  return "We could not save your choice just now. Nothing was changed; please try again.";
}

/**
 * The form's fields as the form itself would post them, with the value asked
 * for: the same input the action gets without JavaScript. React's own
 * bookkeeping fields (for the form without JavaScript) are left out.
 */
function choiceFormData(form: HTMLFormElement, value: boolean): FormData {
  const data = new FormData(form);
  for (const name of [...data.keys()]) if (name.startsWith("$ACTION")) data.delete(name);
  if (value) data.set("value", "on");
  else data.delete("value");
  return data;
}

interface Saved {
  choice: SavedChoice;
  message: string;
}

/**
 * One choice: a checkbox in a form that posts to saveChoiceAction, so it works
 * without JavaScript; with it, the checkbox saves itself at once by calling
 * that same action, showing the new value while it is saved and going back to
 * the server's value when the action refuses or fails.
 *
 * `value` and `revision` are the server's (the page's render); the action's
 * answer brings a fresh render, and until it arrives the value just saved is
 * shown, so the checkbox never flickers back.
 */
export function ChoiceToggle({
  choice,
  value,
  revision,
  enhanced,
  onOutcome,
}: {
  choice: PublishedChoice;
  value: boolean;
  revision: number;
  enhanced: boolean;
  onOutcome: (outcome: ToggleOutcome) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  // Without JavaScript the form posts through this, and the page comes back with the action's answer,
  // scrolled back to this choice (the permalink's fragment), where the answer is shown.
  const formId = `choice-form-${choice.key}`;
  const [formState, formAction] = useActionState(saveChoiceAction, idleFormState, `${choicesHref}#${formId}`);
  // The value just asked for, set in the same event as the click: the mutation's own state reaches React a tick
  // later, and until then a controlled checkbox would spring back to the old value under the reader's finger.
  const [asked, setAsked] = useState<boolean | null>(null);
  const mutation = useMutation<Saved, Error, boolean>({
    mutationFn: async (next) => {
      const state = await saveChoiceAction(idleFormState, choiceFormData(formRef.current!, next));
      if (state.status !== "success" || !state.result) throw new ChoiceRefused(state.message ?? "The server did not save it.");
      return { choice: state.result, message: state.message ?? "" };
    },
    onError: (error) => {
      // The server's value stands: that is the roll-back.
      onOutcome({ kind: "failed", message: `We could not change “${choice.title}”: ${describeFailure(error)} It is still ${onOff(value).toLowerCase()}.` });
    },
    onSuccess: (saved) => onOutcome({ kind: "saved", message: saved.message }),
    onSettled: () => setAsked(null),
  });

  const shown =
    asked !== null
      ? asked
      : mutation.isPending && mutation.variables !== undefined
      ? mutation.variables
      : mutation.isSuccess && revision < mutation.data.choice.revision
        ? mutation.data.choice.value
        : value;

  const checkboxId = `choice-${choice.key}`;
  const descriptionId = `${checkboxId}-description`;

  const onChange = (checked: boolean) => {
    // One change of a choice at a time, so a rollback never undoes a later change.
    if (!enhanced || asked !== null || mutation.isPending) return;
    setAsked(checked);
    mutation.mutate(checked);
  };
  // With scripts running, the checkbox saves itself; Enter must not post the form as well.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (enhanced) event.preventDefault();
  };

  return (
    <form ref={formRef} id={formId} action={formAction} onSubmit={onSubmit} className="scroll-mt-4 card">
      <input type="hidden" name="choiceKey" value={choice.key} />
      {/* The checkbox, its name and its state stay on one line, on a phone too. */}
      <div className="flex items-start gap-3">
        <input
          id={checkboxId}
          type="checkbox"
          name="value"
          checked={shown}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={descriptionId}
          className="mt-0.5 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={checkboxId} className="min-w-0 flex-1 font-semibold">
          {choice.title}
        </label>
        <Badge tone={shown ? "success" : "neutral"} apart={false} hidden className="shrink-0">
          {onOff(shown)}
          {mutation.isPending ? " (saving…)" : ""}
        </Badge>
      </div>
      <p id={descriptionId} className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        {choice.description}{" "}
        {choice.approval === "opt-in" ? "Off unless you turn it on." : "On unless you turn it off."}
        {choice.turnedOffByGpc ? " A Global Privacy Control signal from your browser turns it off." : ""}
      </p>
      <p className="mt-2 text-sm">
        <Link className="text-brand-700 underline dark:text-brand-300" href={`${policyHref}#${choice.policy.anchor}`}>
          Policy: {choice.policy.label}
        </Link>
        {choice.turnedOffByGpc ? (
          <>
            {" · "}
            <Link className="text-brand-700 underline dark:text-brand-300" href={`${policyHref}#${globalPrivacyControlPolicy.anchor}`}>
              Policy: {globalPrivacyControlPolicy.label}
            </Link>
          </>
        ) : null}
      </p>
      <button type="submit" hidden={enhanced} className={`mt-3 ${buttonClass("primary")}`}>
        Save<span className="sr-only"> “{choice.title}”</span>
      </button>
      {/* The answer to a post without JavaScript; with it, the list's own status says what happened. */}
      {formState.message ? (
        <div className="mt-3">
          <FormMessage state={formState} />
        </div>
      ) : null}
    </form>
  );
}
