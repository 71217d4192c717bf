"use client";

import { useState, useSyncExternalStore } from "react";
import { choices } from "@/content/choices";
import type { ChoiceValues } from "../choice-values";
import { ChoiceToggle, type ToggleOutcome } from "./choice-toggle";
import { noticeClass } from "@/components/ui/notice";

const subscribeToNothing = () => () => undefined;

/**
 * The choices as toggles. Rendered on the server as plain forms that post to a
 * server action, so they work without JavaScript; once the page's scripts run,
 * each checkbox saves itself at once through the same action, optimistically.
 * The values are always the server's (`revision` says how far they reach): a
 * change made elsewhere (a Global Privacy Control answer, another tab) shows
 * with the next render, with nothing to keep in step.
 */
export function ChoiceToggles({ values, revision }: { values: ChoiceValues; revision: number }) {
  // False during the server render and hydration, true once scripts run.
  const enhanced = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [outcome, setOutcome] = useState<ToggleOutcome | null>(null);

  return (
    <>
      <p role="status" className="min-h-6 text-green-800 dark:text-green-300">
        {outcome?.kind === "saved" ? outcome.message : ""}
      </p>
      <div role="alert" className={outcome?.kind === "failed" ? `my-3 ${noticeClass("danger")}` : ""}>
        {outcome?.kind === "failed" ? outcome.message : ""}
      </div>
      <ul className="mt-4 space-y-4">
        {choices.map((choice) => (
          <li key={choice.key}>
            <ChoiceToggle choice={choice} value={values[choice.key]} revision={revision} enhanced={enhanced} onOutcome={setOutcome} />
          </li>
        ))}
      </ul>
    </>
  );
}
