import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import { deliverPendingEmails } from "@/server/email/deliver-pending-emails";

/** Hands every pending email to a mail server that takes them all, at `now` (a CPNI notice counts from its delivery). */
export async function deliverOutbox(db: Kysely<Database>, now: Date): Promise<void> {
  await deliverPendingEmails(db, { sender: { sendMail: async () => undefined }, from: "Privacy Center <privacy@example.com>", now: () => now, batchSize: 1000 });
}
