import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";

/** The version the customer last saw, and when they became a customer (for those who never dismissed a banner). */
export async function findPolicySeenState(db: Kysely<Database>, customerId: string): Promise<{ seenVersionId: string | null; customerSince: string } | undefined> {
  const row = await db
    .selectFrom("customers")
    .leftJoin("policyViews", "policyViews.customerId", "customers.accountId")
    .select(["customers.createdAt", "policyViews.versionId"])
    .where("customers.accountId", "=", customerId)
    .executeTakeFirst();
  return row && { seenVersionId: row.versionId, customerSince: row.createdAt };
}

/** Records the version the customer has now seen (dismissing the banner). */
export async function recordPolicySeen(db: Kysely<Database>, customerId: string, versionId: string, now: Date): Promise<void> {
  await db
    .insertInto("policyViews")
    .values({ customerId, versionId, seenAt: now.toISOString() })
    .onConflict((conflict) => conflict.column("customerId").doUpdateSet({ versionId, seenAt: now.toISOString() }))
    .execute();
}
