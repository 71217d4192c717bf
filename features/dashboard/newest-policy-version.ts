import { newestPolicyVersion } from "@/content/data-categories";
import { getPolicyHistory } from "@/features/policy";

/**
 * The effective day of the version that the categories' retention passages
 * and new statements quote, while it is upcoming at `now`; null once it is in
 * force.
 */
export function newestVersionTakesEffectAt(now: Date): string | null {
  const source = getPolicyHistory(now).entries.find((entry) => entry.version.id === newestPolicyVersion);
  return source?.status === "upcoming" ? source.version.effective : null;
}
