"use client";

import { choicesHref } from "@/lib/account-links";
import { buttonClass } from "@/components/ui/button-styles";
import Link from "next/link";
import { formatDay } from "@/lib/dates";
import { compareHref, versionHref } from "@/lib/policy-links";
import { dismissPolicyChangeAction } from "../actions";
import type { PolicyChange } from "../find-policy-change";
import { noticeClass } from "@/components/ui/notice";

/**
 * "The privacy policy changed on …": what changed since the version the
 * customer last saw, a redline between the two, and which of their choices
 * the changed sections concern. Dismissing records the version as seen.
 * A client component: its words and markup come with the cached script, and
 * only `change` (a few strings) travels in the page's RSC payload.
 */
export function PolicyChangeBanner({ change }: { change: PolicyChange }) {
  return (
    <section aria-labelledby="policy-change-heading" className={noticeClass("info")}>
      <h2 id="policy-change-heading" className="type-section">
        {`The privacy policy changed on ${formatDay(change.toEffective)}`}
      </h2>
      <div className="mt-2 max-w-prose space-y-2">
        {change.summaries.map((summary) => (
          <p key={summary}>{summary}</p>
        ))}
        <p>
          <Link className="font-medium underline" href={compareHref(change.fromId, change.toId)}>
            {`See every change since the version you last saw (${formatDay(change.fromEffective)})`}
          </Link>
          {" or "}
          <Link className="underline" href={versionHref(change.toId)}>read the policy in force</Link>.
        </p>
        {change.affectedChoices.length > 0 ? (
          <>
            <p>The changes concern these choices of yours:</p>
            <ul className="list-disc pl-6">
              {change.affectedChoices.map((choice) => (
                <li key={choice.key}>{choice.title}</li>
              ))}
            </ul>
            <p>
              <Link className="underline" href={choicesHref}>Review your choices</Link>
            </p>
          </>
        ) : null}
      </div>
      <form action={dismissPolicyChangeAction} className="mt-3">
        <input type="hidden" name="versionId" value={change.toId} />
        <button type="submit" className={buttonClass("secondary")}>
          Dismiss: I have seen this version
        </button>
      </form>
    </section>
  );
}
