import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import { EMAIL_NOTICES_CHOICE } from "../cpni";
import { recordConsent } from "../repository";

/** The customer's express approval to receive notices by email (47 CFR 64.2008(d)(3)(i)), given at sign-up at `at`: without it the CPNI notice job emails them nothing. */
export async function approveEmailNotices(db: Kysely<Database>, customerId: string, at: Date): Promise<void> {
  await db.transaction().execute((trx) => recordConsent(trx, { customerId, choiceKey: EMAIL_NOTICES_CHOICE, newValue: true, method: "sign_up", policyVersion: "2026-11-20", now: at }));
}
