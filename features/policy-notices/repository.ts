import "server-only";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "@/server/db/schema";

type Executor = Kysely<Database> | Transaction<Database>;

export interface NoticeRecipient {
  customerId: string;
  fullName: string;
  email: string;
}

/** The versions among these whose announcement reached every customer. */
export async function listCompletedAnnouncements(db: Executor, versionIds: readonly string[]): Promise<Set<string>> {
  if (versionIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("policyAnnouncements")
    .select("versionId")
    .where("versionId", "in", versionIds)
    .where("completedAt", "is not", null)
    .execute();
  return new Set(rows.map((row) => row.versionId));
}

/** Notes that announcing the version began; a second start (another instance, a restart) keeps the first. */
export async function startAnnouncement(db: Executor, versionId: string, now: Date): Promise<void> {
  await db
    .insertInto("policyAnnouncements")
    .values({ versionId, startedAt: now.toISOString(), completedAt: null })
    .onConflict((oc) => oc.column("versionId").doNothing())
    .execute();
}

export async function completeAnnouncement(db: Executor, versionId: string, now: Date): Promise<void> {
  await db.updateTable("policyAnnouncements").set({ completedAt: now.toISOString() }).where("versionId", "=", versionId).where("completedAt", "is", null).execute();
}

/**
 * The next customers, in account id order after `afterCustomerId`, who should
 * hear about the version and have not: their account is not disabled and no
 * notice of this version was queued for them. The notice is required (it
 * cannot be turned off), so no choice is consulted. Eligibility is decided
 * here, in SQL, for the whole batch.
 */
export async function listCustomersAwaitingNotice(
  db: Executor,
  options: { versionId: string; afterCustomerId: string; limit: number },
): Promise<NoticeRecipient[]> {
  return db
    .selectFrom("customers as c")
    .innerJoin("accounts as a", "a.id", "c.accountId")
    .select(["c.accountId as customerId", "c.fullName", "a.email"])
    .where("c.accountId", ">", options.afterCustomerId)
    // A disabled account is no longer served; it is not written to.
    .where("a.disabledAt", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("policyNotices as n").select("n.customerId").whereRef("n.customerId", "=", "c.accountId").where("n.versionId", "=", options.versionId))),
    )
    .orderBy("c.accountId")
    .limit(options.limit)
    .execute();
}

/**
 * Records that the version's notice is queued for these customers and returns
 * the ids this call actually inserted. A row that already exists (another
 * instance got there first, or a run before a crash did) is left alone and not
 * returned, so its customer is not emailed again. Call inside the transaction
 * that queues the emails.
 */
export async function insertPolicyNotices(trx: Transaction<Database>, versionId: string, customerIds: readonly string[], now: Date): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const queuedAt = now.toISOString();
  const rows = await trx
    .insertInto("policyNotices")
    .values(customerIds.map((customerId) => ({ versionId, customerId, queuedAt })))
    .onConflict((oc) => oc.columns(["versionId", "customerId"]).doNothing())
    .returning("customerId")
    .execute();
  return new Set(rows.map((row) => row.customerId));
}
