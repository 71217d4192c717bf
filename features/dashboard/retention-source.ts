import { retentionPolicyVersion } from "@/content/data-categories";
import { getPolicyHistory } from "@/features/policy";

/** The effective day of the version the retention passages quote, while it is upcoming at `now`; null once it is in force. */
export function retentionTakesEffectAt(now: Date): string | null {
  const source = getPolicyHistory(now).entries.find((entry) => entry.version.id === retentionPolicyVersion);
  return source?.status === "upcoming" ? source.version.effective : null;
}
