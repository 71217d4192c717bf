import { choices } from "@/content/choices";
import { buildRedline, type Redline } from "@/features/policy";
import type { PolicyVersion } from "@/features/policy";
import type { TimelineEntry } from "@/features/policy";

export interface PolicyChange {
  /** The version the customer last saw. */
  fromId: string;
  fromEffective: string;
  /** The version in force today. */
  toId: string;
  toEffective: string;
  /** What changed, in the words of each version since the one they saw, oldest first. */
  summaries: string[];
  /** The titles of the changed sections, in reading order. */
  changedSections: string[];
  /** The customer's choices that rest on a changed section. */
  affectedChoices: { key: string; title: string }[];
}

/**
 * What changed in the policy since the customer last saw it, or null when they
 * have seen the version in force. Someone who never dismissed a notice is
 * taken to have seen the version in force when they became a customer.
 * Version ids sort by date, like their effective dates.
 */
export function findPolicyChange(
  entries: readonly TimelineEntry[],
  seen: { seenVersionId: string | null; customerSince: string },
  redlineOf: (from: PolicyVersion, to: PolicyVersion) => Redline = buildRedline,
): PolicyChange | null {
  const current = entries.find((entry) => entry.status === "current");
  if (!current) return null;
  const effectiveBefore = (day: string) => entries.filter((entry) => entry.version.effective <= day).at(-1) ?? entries[0];
  const from = (seen.seenVersionId && entries.find((entry) => entry.version.id === seen.seenVersionId)) || effectiveBefore(seen.customerSince.slice(0, 10));
  if (!from || from.version.effective >= current.version.effective) return null;

  const redline = redlineOf(from.version, current.version);
  const changedAnchors = new Set(redline.changedSections.map((section) => section.id));
  const since = entries.filter((entry) => entry.version.effective > from.version.effective && entry.version.effective <= current.version.effective);
  return {
    fromId: from.version.id,
    fromEffective: from.version.effective,
    toId: current.version.id,
    toEffective: current.version.effective,
    summaries: since.map((entry) => entry.version.summary),
    changedSections: redline.changedSections.map((section) => section.title),
    affectedChoices: choices.filter((choice) => changedAnchors.has(choice.policy.anchor)).map(({ key, title }) => ({ key, title })),
  };
}
