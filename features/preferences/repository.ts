import "server-only";
import type { Kysely, Transaction } from "kysely";
import { choices, type ChoiceKey } from "@/content/choices";
import type { ConsentMethod, Database } from "@/server/db/schema";

type Executor = Kysely<Database> | Transaction<Database>;

export interface CurrentChoice {
  key: ChoiceKey;
  value: boolean;
  /** How the value was set: by the latest consent record, or "default" when there is none. */
  method: ConsentMethod;
  /** When the latest record was made; null for a default. */
  changedAt: string | null;
}

export interface ConsentRecord {
  id: number;
  choiceKey: string;
  oldValue: boolean | null;
  newValue: boolean;
  method: ConsentMethod;
  policyVersion: string;
  createdAt: string;
}

export interface RecordConsentInput {
  customerId: string;
  choiceKey: ChoiceKey;
  newValue: boolean;
  method: ConsentMethod;
  policyVersion: string;
  now?: Date;
}

const recordColumns = ["id", "choiceKey", "oldValue", "newValue", "method", "policyVersion", "createdAt"] as const;

/** Every choice's value for the customer: its latest consent record, or the default when there is none. */
export async function listCurrentChoices(db: Executor, customerId: string): Promise<CurrentChoice[]> {
  const latest = await db
    .selectFrom("consentRecords")
    .select(["choiceKey", "newValue", "method", "createdAt"])
    .where("customerId", "=", customerId)
    // Ids only grow, so the highest id per key is the latest record: no tie on equal timestamps.
    .where("id", "in", (eb) => eb.selectFrom("consentRecords").select((inner) => inner.fn.max("id").as("latestId")).where("customerId", "=", customerId).groupBy("choiceKey"))
    .execute();
  const byKey = new Map(latest.map((row) => [row.choiceKey, row]));
  return choices.map((choice) => {
    const row = byKey.get(choice.key);
    return row
      ? { key: choice.key, value: row.newValue === 1, method: row.method, changedAt: row.createdAt }
      : { key: choice.key, value: choice.defaultValue, method: "default", changedAt: null };
  });
}

/** The customer's consent records, newest first: the receipts the history shows. */
export async function listConsentHistory(db: Executor, customerId: string): Promise<ConsentRecord[]> {
  const rows = await db.selectFrom("consentRecords").select(recordColumns).where("customerId", "=", customerId).orderBy("id", "desc").execute();
  return rows.map((row) => ({ ...row, oldValue: row.oldValue === null ? null : row.oldValue === 1, newValue: row.newValue === 1 }));
}

/** The newest `perKey` records of each of the keys, newest first, by key. */
export async function listRecentRecords(db: Executor, customerId: string, keys: readonly string[], perKey: number): Promise<Map<string, ConsentRecord[]>> {
  const byKey = new Map<string, ConsentRecord[]>();
  if (keys.length === 0) return byKey;
  const rows = await db.selectFrom("consentRecords").select(recordColumns).where("customerId", "=", customerId).where("choiceKey", "in", keys).orderBy("id", "desc").execute();
  for (const row of rows) {
    const list = byKey.get(row.choiceKey) ?? [];
    if (list.length < perKey) list.push({ ...row, oldValue: row.oldValue === null ? null : row.oldValue === 1, newValue: row.newValue === 1 });
    byKey.set(row.choiceKey, list);
  }
  return byKey;
}

/**
 * Serialises consent changes of one customer. A no-op update takes the
 * customer's row lock on PostgreSQL (READ COMMITTED would otherwise let two
 * concurrent double submits both read the old value and both insert); SQLite
 * transactions already begin IMMEDIATE. Fails when the account is no customer.
 */
export async function lockCustomerConsent(trx: Transaction<Database>, customerId: string): Promise<void> {
  const result = await trx
    .updateTable("customers")
    .set((eb) => ({ updatedAt: eb.ref("updatedAt") }))
    .where("accountId", "=", customerId)
    .executeTakeFirst();
  if (result.numUpdatedRows === BigInt(0)) throw new Error(`No customer ${customerId} to record consent for`);
}

/** Appends a record as given, even when the value does not change (an answer that keeps a choice). */
export async function appendConsentRecord(trx: Transaction<Database>, record: Omit<ConsentRecord, "id"> & { customerId: string }): Promise<ConsentRecord> {
  const inserted = await trx
    .insertInto("consentRecords")
    .values({
      customerId: record.customerId,
      choiceKey: record.choiceKey,
      oldValue: record.oldValue === null ? null : Number(record.oldValue),
      newValue: Number(record.newValue),
      method: record.method,
      policyVersion: record.policyVersion,
      createdAt: record.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: inserted.id, choiceKey: record.choiceKey, oldValue: record.oldValue, newValue: record.newValue, method: record.method, policyVersion: record.policyVersion, createdAt: record.createdAt };
}

/**
 * Records a change of one choice, with the value it replaces. Does nothing and
 * returns null when the value would not change, so a double submit, or a
 * reload that re-applies a signal, leaves one record.
 */
export async function recordConsent(trx: Transaction<Database>, input: RecordConsentInput): Promise<ConsentRecord | null> {
  await lockCustomerConsent(trx, input.customerId);
  const latest = await trx
    .selectFrom("consentRecords")
    .select("newValue")
    .where("customerId", "=", input.customerId)
    .where("choiceKey", "=", input.choiceKey)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const choice = choices.find((candidate) => candidate.key === input.choiceKey);
  if (!choice) throw new Error(`Unknown choice ${input.choiceKey}`);
  const current = latest ? latest.newValue === 1 : choice.defaultValue;
  if (current === input.newValue) return null;
  return appendConsentRecord(trx, {
    customerId: input.customerId,
    choiceKey: input.choiceKey,
    // A first record replaces the default, which is what the customer had until now.
    oldValue: current,
    newValue: input.newValue,
    method: input.method,
    policyVersion: input.policyVersion,
    createdAt: (input.now ?? new Date()).toISOString(),
  });
}
