import "server-only";
import type { Kysely } from "kysely";
import { getPolicyHistory } from "@/features/policy";
import type { Database } from "@/server/db/schema";
import { demoCustomers } from "@/server/db/seed/demo-people";
import { EMAIL_NOTICES_CHOICE } from "./cpni";
import { recordConsent } from "./repository";

/**
 * The demo customers' approval to receive notices about their service by
 * email (47 CFR 64.2008(d)(3)(i)), recorded as given when they signed up
 * (method "sign_up", at their account's creation, under the policy then in
 * force) for those who gave it: Alex did, Jordan did not, so Jordan's CPNI
 * notice must go by post.
 */
export async function seedDemoChoices(db: Kysely<Database>): Promise<void> {
  for (const customer of demoCustomers.filter((candidate) => candidate.approvedEmailNoticesAtSignUp)) {
    const { createdAt } = await db.selectFrom("accounts").select("createdAt").where("id", "=", customer.id).executeTakeFirstOrThrow();
    const signedUp = new Date(createdAt);
    const policyVersion = getPolicyHistory(signedUp).current.version.id;
    await db.transaction().execute((trx) => recordConsent(trx, { customerId: customer.id, choiceKey: EMAIL_NOTICES_CHOICE, newValue: true, method: "sign_up", policyVersion, now: signedUp }));
  }
}
