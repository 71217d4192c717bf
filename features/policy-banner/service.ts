import "server-only";
import type { Kysely } from "kysely";
import { getPolicyHistory, getRedline } from "@/features/policy";
import type { Database } from "@/server/db/schema";
import { findPolicyChange, type PolicyChange } from "./find-policy-change";
import { findPolicySeenState, recordPolicySeen } from "./repository";

/** What the dashboard's banner says to this customer, or null when they have seen the policy in force. */
export async function getPolicyChangeFor(db: Kysely<Database>, customerId: string, now: Date): Promise<PolicyChange | null> {
  const seen = await findPolicySeenState(db, customerId);
  // The redline comes from the policy service's cache: the dashboard is viewed far more often than the policy changes.
  return seen ? findPolicyChange(getPolicyHistory(now).entries, seen, (from, to) => getRedline(from.id, to.id)!) : null;
}

/** Dismissing the banner: the customer has seen the version in force (never one the page did not show). */
export async function dismissPolicyChange(db: Kysely<Database>, customerId: string, versionId: string, now: Date): Promise<boolean> {
  if (getPolicyHistory(now).current.version.id !== versionId) return false;
  await recordPolicySeen(db, customerId, versionId, now);
  return true;
}
