import "server-only";
import { getPolicyHistory, getRedline } from "@/features/policy/policy-service";
import { database } from "@/server/db/database";
import { findPolicyChange, type PolicyChange } from "./find-policy-change";
import { findPolicySeenState, recordPolicySeen } from "./repository";

/** What the dashboard's banner says to this customer, or null when they have seen the policy in force. */
export async function getPolicyChangeFor(customerId: string, now = new Date()): Promise<PolicyChange | null> {
  const seen = await findPolicySeenState(await database(), customerId);
  // The redline comes from the policy service's cache: the dashboard is viewed far more often than the policy changes.
  return seen ? findPolicyChange(getPolicyHistory(now).entries, seen, (from, to) => getRedline(from.id, to.id)!) : null;
}

/** Dismissing the banner: the customer has seen the version in force (never one the page did not show). */
export async function dismissPolicyChange(customerId: string, versionId: string, now = new Date()): Promise<boolean> {
  if (getPolicyHistory(now).current.version.id !== versionId) return false;
  await recordPolicySeen(await database(), customerId, versionId, now);
  return true;
}
