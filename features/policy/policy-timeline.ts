import { policyDay } from "./policy-day.mjs";
import type { PolicyVersion } from "./policy-types";

export type VersionStatus = "current" | "upcoming" | "superseded";

/** A version with its place in history, as of a given day. */
export interface TimelineEntry {
  version: PolicyVersion;
  status: VersionStatus;
  /** The version it replaced, for "compare with previous". */
  previous: PolicyVersion | null;
}

/** Today's date in UTC as YYYY-MM-DD: effective dates are whole days. The same clock as the static site's (policy-day.mjs). */
export function isoDay(now: Date): string {
  return policyDay(now);
}

/**
 * Places each version (oldest first) on the timeline as of `today`: the newest
 * one already effective is current, later ones are upcoming, earlier ones
 * superseded. Before the first effective date the oldest counts as current,
 * so the site always has a policy to show.
 */
export function buildTimeline(versions: readonly PolicyVersion[], today: string): TimelineEntry[] {
  const effectiveCount = versions.filter((v) => v.effective <= today).length;
  const currentIndex = Math.max(effectiveCount - 1, 0);
  return versions.map((version, index) => ({
    version,
    previous: versions[index - 1] ?? null,
    status: index === currentIndex ? "current" : index < currentIndex ? "superseded" : "upcoming",
  }));
}

/** The policy's history as of a day: every version with its status, the one in force and the next one. */
export interface PolicyHistory {
  /** Every version, oldest first, with its status as of that day. */
  entries: TimelineEntry[];
  current: TimelineEntry;
  /** The next version published with a future effective date, if any. */
  upcoming: TimelineEntry | null;
}

export function historyAsOf(versions: readonly PolicyVersion[], today: string): PolicyHistory {
  const entries = buildTimeline(versions, today);
  const current = entries.find((entry) => entry.status === "current");
  if (!current) throw new Error("The policy has no version in force");
  return { entries, current, upcoming: entries.find((entry) => entry.status === "upcoming") ?? null };
}

/**
 * The days on which the history changes: each distinct effective date, oldest
 * first. Between two of them (and before the first) every page of the policy
 * reads the same, so the static site is rendered once per such day.
 */
export function historyChangeDays(versions: readonly PolicyVersion[]): string[] {
  return [...new Set(versions.map((version) => version.effective))].sort();
}
