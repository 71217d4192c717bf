import "server-only";
import { parseCompareRange } from "@/lib/policy-links";
import { env } from "@/server/env";
import { buildRedline, type Redline } from "./build-redline";
import { loadPolicyVersions } from "./load-policy-versions";
import { historyAsOf, isoDay, type PolicyHistory } from "./policy-timeline";
import type { PolicyVersion } from "./policy-types";

/**
 * The policy as the pages see it. Content is read once per server process: it
 * only changes with a new build, which is when publishing happens.
 */
let loaded: PolicyVersion[] | null = null;

function allVersions(): PolicyVersion[] {
  loaded ??= loadPolicyVersions(env.policyContentDir);
  return loaded;
}

export type { PolicyHistory };

export function getPolicyHistory(now = new Date()): PolicyHistory {
  return historyAsOf(allVersions(), isoDay(now));
}

export function listPolicyVersionIds(): string[] {
  return allVersions().map((version) => version.id);
}

const redlines = new Map<string, Redline>();

/** The redline between two versions; built once per pair and process, since content changes only with a build. */
export function getRedline(fromId: string, toId: string): Redline | null {
  const key = `${fromId}...${toId}`;
  const cached = redlines.get(key);
  if (cached) return cached;
  const from = allVersions().find((v) => v.id === fromId);
  const to = allVersions().find((v) => v.id === toId);
  if (!from || !to) return null;
  const redline = buildRedline(from, to);
  redlines.set(key, redline);
  return redline;
}

/** The redline a compare address's last segment ("old...new") names, or null when it names none. */
export function getRedlineOfRange(range: string): Redline | null {
  const parsed = parseCompareRange(range);
  return parsed && getRedline(parsed.fromId, parsed.toId);
}
