"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { globalPrivacyControlPolicy, type PublishedChoice } from "@/content/choices";
import { policyHref } from "@/features/policy/policy-links";
import { saveChoiceAction } from "../actions";
import { choicesQueryKey, type ChoiceValues, postChoice } from "../choices-api-client";

export interface ToggleOutcome {
  kind: "saved" | "failed";
  message: string;
}

const onOff = (value: boolean) => (value ? "On" : "Off");

/** One choice: a checkbox in a form that works without JavaScript, and saves at once with it. */
export function ChoiceToggle({ choice, value, enhanced, onOutcome }: { choice: PublishedChoice; value: boolean; enhanced: boolean; onOutcome: (outcome: ToggleOutcome) => void }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const mutation = useMutation({
    mutationKey: choicesQueryKey,
    mutationFn: postChoice,
    onMutate: async ({ value: next }) => {
      // A refetch landing now would overwrite the optimistic value with the old one.
      await queryClient.cancelQueries({ queryKey: choicesQueryKey });
      const previous = queryClient.getQueryData<ChoiceValues>(choicesQueryKey)?.[choice.key] ?? !next;
      queryClient.setQueryData<ChoiceValues>(choicesQueryKey, (old) => (old ? { ...old, [choice.key]: next } : old));
      return { previous };
    },
    onError: (error, _input, context) => {
      // Roll back this choice only; another choice may have changed meanwhile.
      const previous = context?.previous ?? value;
      queryClient.setQueryData<ChoiceValues>(choicesQueryKey, (old) => (old ? { ...old, [choice.key]: previous } : old));
      onOutcome({ kind: "failed", message: `We could not change “${choice.title}”: ${error.message} It is still ${onOff(previous).toLowerCase()}.` });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<ChoiceValues>(choicesQueryKey, (old) => (old ? { ...old, [saved.choiceKey]: saved.value } : old));
      onOutcome({ kind: "saved", message: `Saved: “${choice.title}” is now ${onOff(saved.value).toLowerCase()}.` });
      // The history and the Global Privacy Control notice are server-rendered: fetch them afresh.
      router.refresh();
    },
  });

  const checkboxId = `choice-${choice.key}`;
  const descriptionId = `${checkboxId}-description`;

  const onChange = (checked: boolean) => {
    // One change of a choice at a time, so a rollback never undoes a later change.
    if (!enhanced || mutation.isPending) return;
    mutation.mutate({ choiceKey: choice.key, value: checked });
  };
  // With scripts running, the checkbox saves itself; Enter must not post the form as well.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (enhanced) event.preventDefault();
  };

  return (
    <form action={saveChoiceAction} onSubmit={onSubmit} className="rounded-lg border border-slate-300 p-4 dark:border-slate-600">
      <input type="hidden" name="choiceKey" value={choice.key} />
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={checkboxId}
          type="checkbox"
          name="value"
          checked={value}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={descriptionId}
          className="size-5 accent-brand-700"
        />
        <label htmlFor={checkboxId} className="font-semibold">
          {choice.title}
        </label>
        <span className="rounded bg-slate-100 px-2 text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-100" aria-hidden="true">
          {onOff(value)}
          {mutation.isPending ? " (saving…)" : ""}
        </span>
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
      <button type="submit" hidden={enhanced} className="mt-3 rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
        Save<span className="sr-only"> “{choice.title}”</span>
      </button>
    </form>
  );
}
