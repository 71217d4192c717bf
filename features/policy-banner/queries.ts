import "server-only";
import { query } from "@/server/boundary";
import type { PolicyChange } from "./find-policy-change";
import { getPolicyChangeFor } from "./service";

/** What changed in the policy since the signed-in customer last saw it, or null. */
export const readPolicyChange = query("customer", (context): Promise<PolicyChange | null> => getPolicyChangeFor(context.db, context.actor.accountId, context.now));
