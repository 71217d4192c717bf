"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { choiceKeys, choices } from "@/content/choices";
import { choicesQueryKey, type ChoiceValues, fetchChoiceValues } from "../choices-api-client";
import { ChoiceToggle, type ToggleOutcome } from "./choice-toggle";

const subscribeToNothing = () => () => undefined;

/**
 * The choices as toggles. Rendered on the server as plain forms that post to a
 * server action, so they work without JavaScript; once the page's scripts run,
 * each checkbox saves itself at once through the API, optimistically.
 */
export function ChoiceToggles({ serverValues }: { serverValues: ChoiceValues }) {
  // False during the server render and hydration, true once scripts run.
  const enhanced = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const queryClient = useQueryClient();
  const { data: values } = useQuery({ queryKey: choicesQueryKey, queryFn: fetchChoiceValues, initialData: serverValues });
  const [outcome, setOutcome] = useState<ToggleOutcome | null>(null);

  // A server render after a change made elsewhere (a Global Privacy Control
  // answer, another tab) brings new values. Take only those the server changed
  // since its last render: the others may hold a change still being saved.
  const lastServerValues = useRef(serverValues);
  useEffect(() => {
    const before = lastServerValues.current;
    lastServerValues.current = serverValues;
    const changed = choiceKeys.filter((key) => before[key] !== serverValues[key]);
    if (changed.length === 0) return;
    queryClient.setQueryData<ChoiceValues>(choicesQueryKey, (old) => ({ ...(old ?? serverValues), ...Object.fromEntries(changed.map((key) => [key, serverValues[key]])) }));
  }, [queryClient, serverValues]);

  return (
    <>
      <p role="status" className="min-h-6 text-green-800 dark:text-green-300">
        {outcome?.kind === "saved" ? outcome.message : ""}
      </p>
      <div role="alert" className={outcome?.kind === "failed" ? "my-3 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100" : ""}>
        {outcome?.kind === "failed" ? outcome.message : ""}
      </div>
      <ul className="mt-4 space-y-4">
        {choices.map((choice) => (
          <li key={choice.key}>
            <ChoiceToggle choice={choice} value={values[choice.key]} enhanced={enhanced} onOutcome={setOutcome} />
          </li>
        ))}
      </ul>
    </>
  );
}
