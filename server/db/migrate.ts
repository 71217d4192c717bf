import "server-only";
import type { Kysely } from "kysely";
import { type Migration, Migrator, sql } from "kysely";
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
export function migrationsFor(engine: Engine): Record<string, Migration> {
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

/**
 * Migrations are of two kinds (docs/decisions/0021-migrations-a-step-of-their-own.md):
 * - expand (the default): adds what a newer release needs (a table, a nullable or defaulted column, an
 *   index, a backfill) and leaves everything the previous release reads and writes as it was, so the
 *   previous release can keep serving on the migrated database during a rolling deploy;
 * - contract: removes or changes what an older release uses (drops or renames a column or table, adds
 *   a constraint its writes would break). Its name says so: `NNNN-contract-…`, so that an older build,
 *   which has never heard of it, can tell from the name alone that it must not serve on that database.
 * Shipped before this rule, 0013 dropped two columns; builds older than it predate the check altogether.
 */
const CONTRACT_NAME = /^\d{4}-contract-/;
const CONTRACTS_BEFORE_THE_NAMING_RULE: ReadonlySet<string> = new Set(["0013-request-export-parts"]);

export function isContractMigration(name: string): boolean {
  return CONTRACT_NAME.test(name) || CONTRACTS_BEFORE_THE_NAMING_RULE.has(name);
}

/** The migrations this build knows, in order. */
export function migrationNames(engine: Engine): string[] {
  return Object.keys(migrationsFor(engine)).sort();
}

/**
 * Where the database's schema stands against this build's migrations: the names this build has that
 * the database has not run (`missing`), and the names the database has run that this build does not
 * know (`unknown`: a newer build migrated it).
 */
export interface SchemaState {
  missing: string[];
  unknown: string[];
}

export async function readSchemaState(db: Kysely<unknown>, engine: Engine, known: readonly string[] = migrationNames(engine)): Promise<SchemaState> {
  // Kysely's own bookkeeping table; absent on a database no migration has touched.
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const executed = tables.some((table) => table.name === "kysely_migration")
    ? (await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((row) => row.name)
    : [];
  return schemaStateOf(executed, known);
}

/** The schema's state from the migration names the database has run (kysely_migration's rows). */
export function schemaStateOf(executed: readonly string[], known: readonly string[]): SchemaState {
  const ran = new Set(executed);
  const knownSet = new Set(known);
  return { missing: known.filter((name) => !ran.has(name)), unknown: executed.filter((name) => !knownSet.has(name)).sort() };
}

/**
 * Why this build must not serve on a database in that state, or null when it may: every migration it
 * knows has run, and anything newer is expand-only (a rolling deploy's newer release migrated it; this
 * build keeps working on it until it is replaced).
 */
export function schemaRefusal(state: SchemaState): string | null {
  if (state.missing.length > 0) {
    // An empty database misses all of them: name a few, not a screenful.
    const named = state.missing.length > 3 ? `${state.missing.slice(0, 3).join(", ")} and ${state.missing.length - 3} more` : state.missing.join(", ");
    return (
      `the database is behind this build: ${state.missing.length} migration(s) have not run (${named}). ` +
      "Run `npm run migrate` with the same DATABASE_URL once, then start the instances."
    );
  }
  const contracts = state.unknown.filter(isContractMigration);
  if (contracts.length > 0) {
    return (
      `the database is ahead of this build: a newer build ran ${contracts.join(", ")}, which removes what this build uses. ` +
      "This build is older than the database; deploy the newer build instead."
    );
  }
  return null;
}

/** Brings the schema up to date; safe to call from several processes at once (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<unknown>, engine: Engine): Promise<string[]> {
  return migrateUpTo(db, engine, null);
}

/** Brings the schema up to the named migration and no further (null: all of them); tests use it to check a migration's backfill. Returns the names it ran. */
export async function migrateUpTo(db: Kysely<unknown>, engine: Engine, name: string | null): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor(engine) } });
  const { error, results } = name === null ? await migrator.migrateToLatest() : await migrator.migrateTo(name);
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((result) => result.status === "Success").map((result) => result.migrationName);
}
