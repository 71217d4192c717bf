import type { PolicyVersion } from "./policy-types";

export type VersionStatus = "current" | "upcoming" | "superseded";

/** A version with its place in history, as of a given day. */
export interface TimelineEntry {
  version: PolicyVersion;
  status: VersionStatus;
  /** The version it replaced, for "compare with previous". */
  previous: PolicyVersion | null;
}

/** Today's date in UTC as YYYY-MM-DD: effective dates are whole days. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
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
