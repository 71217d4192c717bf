import "server-only";
import type { Kysely } from "kysely";
import type { TimelineEntry } from "@/features/policy";
import type { Database } from "@/server/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { type PolicyNotice, policyNoticeEmail } from "./policy-notice-email";
import { completeAnnouncement, insertPolicyNotices, listCompletedAnnouncements, listCustomersAwaitingNotice, startAnnouncement } from "./repository";

export interface AnnounceOptions {
  /** The public address the links in the email start with (env.SITE_URL). */
  siteUrl: string;
  now?: Date;
  /** Customers per transaction. */
  batchSize?: number;
}

export interface AnnouncementResult {
  versionId: string;
  /** Emails this run put in the outbox. */
  queued: number;
  /** Whether every customer has now been handled; false leaves the rest to the next run. */
  completed: boolean;
}

const DEFAULT_BATCH_SIZE = 500;
/**
 * A run goes over the customers until one pass from the start finds nobody
 * left. More passes than this means another instance is working the same
 * version right now; it (or this job's next run) finishes.
 */
const MAX_PASSES = 3;

/**
 * The versions customers are told about: in force or upcoming, replacing an
 * earlier version, and marked `material`. A non-material edit (a typo fix, a
 * new address) changes nothing for the customer, so it does not email
 * everyone; it still shows in the history and the feed.
 */
export function listVersionsToAnnounce(entries: readonly TimelineEntry[]): PolicyNotice[] {
  return entries.flatMap((entry) =>
    entry.status !== "superseded" && entry.previous && entry.version.material
      ? [{ version: entry.version, previous: entry.previous, inForce: entry.status === "current" }]
      : [],
  );
}

/**
 * Emails every customer (whose account is not disabled) once per announced
 * version: a required notice, which no choice turns off. Each batch is one transaction that records the
 * notices and queues their emails together; a customer whose notice row exists
 * already (another instance, or a run before a crash) is skipped, so a rerun
 * resumes where the last one stopped and nobody hears twice. A version is
 * marked complete when nobody is left, and later runs skip it. Returns what was
 * done for each version not complete before this run.
 */
export async function announcePolicyChanges(db: Kysely<Database>, entries: readonly TimelineEntry[], options: AnnounceOptions): Promise<AnnouncementResult[]> {
  const now = options.now ?? new Date();
  const versions = listVersionsToAnnounce(entries);
  const completed = await listCompletedAnnouncements(
    db,
    versions.map((notice) => notice.version.id),
  );
  const results: AnnouncementResult[] = [];
  for (const notice of versions) {
    if (completed.has(notice.version.id)) continue;
    results.push(await announceVersion(db, notice, { ...options, now }));
  }
  return results;
}

async function announceVersion(db: Kysely<Database>, notice: PolicyNotice, options: AnnounceOptions & { now: Date }): Promise<AnnouncementResult> {
  const versionId = notice.version.id;
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  await startAnnouncement(db, versionId, options.now);
  let queued = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // Keyset over account ids, in the database's own order: the cursor is the last id a batch looked at.
    let cursor = "";
    let foundAny = false;
    for (;;) {
      const batch = await db.transaction().execute(async (trx) => {
        const candidates = await listCustomersAwaitingNotice(trx, { versionId, afterCustomerId: cursor, limit });
        const inserted = await insertPolicyNotices(
          trx,
          versionId,
          candidates.map((candidate) => candidate.customerId),
          options.now,
        );
        for (const recipient of candidates) {
          if (inserted.has(recipient.customerId)) await enqueueEmail(trx, policyNoticeEmail(recipient, notice, options.siteUrl), options.now);
        }
        return { lastCustomerId: candidates.at(-1)?.customerId ?? null, queued: inserted.size };
      });
      if (batch.lastCustomerId === null) break;
      foundAny = true;
      queued += batch.queued;
      cursor = batch.lastCustomerId;
    }
    // A pass that found nobody from the first account on is proof that everyone was handled: customers a
    // concurrent instance's rolled-back batch let go, or who joined behind the cursor, were looked for too.
    if (!foundAny) {
      await completeAnnouncement(db, versionId, options.now);
      return { versionId, queued, completed: true };
    }
  }
  return { versionId, queued, completed: false };
}
