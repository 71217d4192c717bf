import { buttonClass } from "@/components/ui/button-styles";
import Link from "next/link";
import { choices, globalPrivacyControlPolicy } from "@/content/choices";
import { Notice } from "@/components/ui/notice";
import { policyHref } from "@/lib/policy-links";
import { answerGpcPromptAction } from "../actions";
import { honorGpcSignal } from "../honor-gpc-signal";
import type { GpcOutcome } from "../service";

const titleOf = (key: string) => choices.find((choice) => choice.key === key)?.title ?? key;

const titlesWith = (outcomes: readonly GpcOutcome[], ...statuses: GpcOutcome["status"][]) =>
  outcomes.filter((outcome) => statuses.includes(outcome.status)).map((outcome) => titleOf(outcome.key));

/** "A, B and C", in lower case after the first word of a sentence. */
function listTitles(titles: readonly string[]): string {
  const lower = titles.map((title) => title.charAt(0).toLowerCase() + title.slice(1));
  return lower.length <= 1 ? (lower[0] ?? "") : `${lower.slice(0, -1).join(", ")} and ${lower.at(-1)}`;
}

/**
 * Honors a Global Privacy Control signal for the signed-in customer (its
 * query checks the session) and says so (CCPA regs §7025(c)(6)). The signal
 * is processed first: every choice it covers is off, even one the customer
 * had turned on. Where it overrode their own opt-in, the notice tells them of
 * the conflict and offers to turn the choice back on (§7025(c)(3)), with plain
 * forms that work without JavaScript; turning it back on is their new choice,
 * recorded as such. Renders nothing when the request carries no signal.
 * Render it once per page (the account layout does); the application is
 * shared per request, so a page that also lists the choices sees them after
 * the signal.
 */
export async function GpcNotice() {
  const outcomes = await honorGpcSignal();
  if (!outcomes) return null;
  const off = titlesWith(outcomes, "turned-off", "conflict", "already-off");
  const consented = titlesWith(outcomes, "consented");
  const conflicts = outcomes.filter((outcome) => outcome.status === "conflict");

  return (
    <Notice title="Global Privacy Control" tone={conflicts.length > 0 ? "warning" : "info"}>
      <p>
        Your browser sent a Global Privacy Control signal. We treat it as your request to opt out of sharing
        {off.length > 0 ? `: ${listTitles(off)} ${off.length === 1 ? "is" : "are"} off for your account.` : "."}
        {consented.length > 0 ? ` You turned ${listTitles(consented)} back on yourself after the signal; you can change that on “Your choices”.` : ""}
      </p>
      {conflicts.map((conflict) => {
        const title = titleOf(conflict.key);
        return (
          <form key={conflict.key} action={answerGpcPromptAction} className="mt-3">
            <fieldset>
              <legend className="font-medium">{title}</legend>
              <p className="mt-1">
                You had turned this on in the Privacy Center, but the signal asks us not to share, so we have turned it off. Do you want it back on, even with the signal?
              </p>
              <input type="hidden" name="choiceKey" value={conflict.key} />
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="submit" name="answer" value="keep-off" className={buttonClass("primary")}>
                  Keep it off
                </button>
                <button type="submit" name="answer" value="consent" className={buttonClass("secondary")}>
                  Turn it back on
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
