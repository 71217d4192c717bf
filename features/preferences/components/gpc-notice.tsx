import Link from "next/link";
import { choices, globalPrivacyControlPolicy } from "@/content/choices";
import { Notice } from "@/components/ui/notice";
import { policyHref } from "@/lib/policy-links";
import { answerGpcPromptAction } from "../actions";
import { honorGpcSignal } from "../honor-gpc-signal";
import type { GpcOutcome } from "../service";

const titlesWith = (outcomes: readonly GpcOutcome[], status: GpcOutcome["status"]) =>
  outcomes.filter((outcome) => outcome.status === status).map((outcome) => choices.find((choice) => choice.key === outcome.key)?.title ?? outcome.key);

/** "A, B and C", in lower case after the first word of a sentence. */
function listTitles(titles: readonly string[]): string {
  const lower = titles.map((title) => title.charAt(0).toLowerCase() + title.slice(1));
  return lower.length <= 1 ? (lower[0] ?? "") : `${lower.slice(0, -1).join(", ")} and ${lower.at(-1)}`;
}

/**
 * Honors a Global Privacy Control signal for the signed-in customer (its
 * query checks the session) and says
 * so (CCPA regs §7025). Where the signal conflicts with a dashboard opt-in it
 * asks instead of overriding, with plain forms that work without JavaScript.
 * Renders nothing when the request carries no signal. Render it once per page
 * (the account layout does); the application is shared per request, so a page
 * that also lists the choices sees them after the signal.
 */
export async function GpcNotice() {
  const outcomes = await honorGpcSignal();
  if (!outcomes) return null;
  const turnedOff = titlesWith(outcomes, "turned-off");
  const alreadyOff = titlesWith(outcomes, "already-off");
  const kept = titlesWith(outcomes, "kept");
  const conflicts = outcomes.filter((outcome) => outcome.status === "conflict");

  return (
    <Notice title="Global Privacy Control" tone={conflicts.length > 0 ? "warning" : "info"}>
      <p>
        Your browser sent a Global Privacy Control signal
        {turnedOff.length > 0 ? `; we have turned off ${listTitles(turnedOff)} for your account.` : "."}
        {alreadyOff.length > 0 ? ` You had already turned off ${listTitles(alreadyOff)}.` : ""}
        {kept.length > 0 ? ` You chose to keep ${listTitles(kept)} on; you can change that on “Your choices”.` : ""}
      </p>
      {conflicts.map((conflict) => {
        const choice = choices.find((candidate) => candidate.key === conflict.key);
        const title = choice?.title ?? conflict.key;
        return (
          <form key={conflict.key} action={answerGpcPromptAction} className="mt-3">
            <fieldset>
              <legend className="font-medium">{title}</legend>
              <p className="mt-1">
                You turned this on in the Privacy Center, but the signal asks us to turn it off. Which do you want?
              </p>
              <input type="hidden" name="choiceKey" value={conflict.key} />
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="submit" name="answer" value="keep" className="rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-700 hover:bg-slate-100 dark:border-brand-300 dark:text-brand-300 dark:hover:bg-slate-800">
                  Keep my choice
                </button>
                <button type="submit" name="answer" value="apply" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
                  Apply the signal
                </button>
              </div>
            </fieldset>
          </form>
        );
      })}
      <p className="mt-2 text-sm">
        <Link className="underline" href={`${policyHref}#${globalPrivacyControlPolicy.anchor}`}>
          How we honor Global Privacy Control
        </Link>
      </p>
    </Notice>
  );
}
