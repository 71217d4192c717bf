import "server-only";
import type { Kysely } from "kysely";
import { type Migration, Migrator } from "kysely";
import type { Engine } from "./create-database";
import { accountsAndCustomerRecords } from "./migrations/0001-accounts-and-customer-records";
import { attemptThrottleCounters } from "./migrations/0002-attempt-throttle-counters";
import { auditLog } from "./migrations/0003-audit-log";
import { privacyRequests } from "./migrations/0004-privacy-requests";
import { requestExports } from "./migrations/0005-request-exports";
import { requestDueOn } from "./migrations/0006-request-due-on";
import { mailRecipients } from "./migrations/0007-mail-recipients";
import { policyNotices } from "./migrations/0008-policy-notices";
import { queueOrderIndex } from "./migrations/0009-queue-order-index";
import { requestMadeBy } from "./migrations/0010-request-made-by";
import { emailChangeRequests } from "./migrations/0011-email-change-requests";
import { requestChannel } from "./migrations/0012-request-channel";
import { requestExportParts } from "./migrations/0013-request-export-parts";
import { minorErasure } from "./migrations/0014-minor-erasure";
import { cpniNotices } from "./migrations/0015-cpni-notices";
import { cpniNoticeDelivery } from "./migrations/0016-cpni-notice-delivery";
import { outboxPriority } from "./migrations/0017-outbox-priority";

// Kysely is pinned to 0.28.x: 0.29 requires Node 22 (this project runs on Node 20), and moves Migrator to "kysely/migration".

/** Every migration, in order. Names sort; never rename or edit one that has shipped. */
function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    "0001-accounts-and-customer-records": accountsAndCustomerRecords(engine),
    "0002-attempt-throttle-counters": attemptThrottleCounters,
    "0003-audit-log": auditLog(engine),
    "0004-privacy-requests": privacyRequests(engine),
    "0005-request-exports": requestExports,
    "0006-request-due-on": requestDueOn,
    "0007-mail-recipients": mailRecipients,
    "0008-policy-notices": policyNotices,
    "0009-queue-order-index": queueOrderIndex,
    "0010-request-made-by": requestMadeBy,
    "0011-email-change-requests": emailChangeRequests,
    "0012-request-channel": requestChannel,
    "0013-request-export-parts": requestExportParts,
    "0014-minor-erasure": minorErasure,
    "0015-cpni-notices": cpniNotices(engine),
    "0016-cpni-notice-delivery": cpniNoticeDelivery,
    "0017-outbox-priority": outboxPriority,
  };
}

/** Brings the schema up to date; safe to call from several processes at once (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await migrateUpTo(db, engine, null);
}

/** Brings the schema up to the named migration and no further (null: all of them); tests use it to check a migration's backfill. */
export async function migrateUpTo(db: Kysely<unknown>, engine: Engine, name: string | null): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor(engine) } });
  const { error, results } = name === null ? await migrator.migrateToLatest() : await migrator.migrateTo(name);
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
