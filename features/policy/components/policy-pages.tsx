import type { ReactElement } from "react";
import { compareChangesHref, compareHref, policyHref, versionHref, versionsHref } from "@/lib/policy-links";
import type { Redline } from "../build-redline";
import type { PolicyHistory } from "../policy-timeline";
import { CompareForm } from "./compare-form";
import { PolicyVersionView } from "./policy-version-view";
import { RedlineView } from "./redline-view";
import { VersionHistory } from "./version-history";

/**
 * Every public page of the policy: its address, its title and its content.
 * The one list both renderers read: the app's pages (app/(public)/privacy/…,
 * what `next dev` and client-side navigations show) and the static site
 * (static-site/render-policy-site.tsx, the files `npm start` and any static
 * host serve), so the two cannot drift apart.
 */
export interface PolicyPage {
  path: string;
  title: string;
  content: ReactElement;
}

export function policyInForcePage(history: PolicyHistory): PolicyPage {
  return { path: policyHref, title: "Privacy policy", content: <PolicyVersionView entry={history.current} history={history} /> };
}

export function policyVersionsPage(history: PolicyHistory): PolicyPage {
  return { path: versionsHref, title: "Policy history", content: <PolicyVersions history={history} /> };
}

export function policyVersionPage(history: PolicyHistory, id: string): PolicyPage | null {
  const entry = history.entries.find((candidate) => candidate.version.id === id);
  if (!entry) return null;
  return { path: versionHref(id), title: `Privacy policy, version ${id}`, content: <PolicyVersionView entry={entry} history={history} /> };
}

export function policyComparePage(redline: Redline): PolicyPage {
  const { from, to } = redline;
  return { path: compareHref(from.id, to.id), title: `Changes from ${from.id} to ${to.id}`, content: <RedlineView redline={redline} /> };
}

export function policyChangesPage(redline: Redline): PolicyPage {
  const { from, to } = redline;
  return { path: compareChangesHref(from.id, to.id), title: `Only the changes from ${from.id} to ${to.id}`, content: <RedlineView redline={redline} onlyChanges /> };
}

/** Every page above, for every version and every ordered pair of versions (both ways, as the compare form allows). */
export function listPolicyPages(history: PolicyHistory, redlineOf: (fromId: string, toId: string) => Redline): PolicyPage[] {
  const ids = history.entries.map((entry) => entry.version.id);
  return [
    policyInForcePage(history),
    policyVersionsPage(history),
    ...ids.map((id) => policyVersionPage(history, id)!),
    ...ids.flatMap((fromId) => ids.flatMap((toId) => [policyComparePage(redlineOf(fromId, toId)), policyChangesPage(redlineOf(fromId, toId))])),
  ];
}

function PolicyVersions({ history }: { history: PolicyHistory }) {
  const { entries, current } = history;
  return (
    <>
      <h1 className="type-title">Privacy policy history</h1>
      <p className="mt-2 max-w-prose">
        Every version of the privacy policy we have published, newest first, with what changed. Each version keeps its
        address for good, so you can cite it.
      </p>
      <h2 className="mt-8 type-section">Compare two versions</h2>
      <CompareForm entries={entries} defaultFrom={current.previous?.id ?? current.version.id} defaultTo={current.version.id} />
      <h2 className="mt-8 mb-4 type-section">All versions</h2>
      <VersionHistory entries={entries} />
    </>
  );
}
