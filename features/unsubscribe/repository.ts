import "server-only";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "@/server/db/schema";
import { generateRecipientId } from "./unsubscribe-token";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * The customer's recipient id for email links, made the first time it is
 * needed. Insert-if-missing on the unique customer id, then read: two
 * transactions racing for the same customer end with the same id.
 */
export async function ensureMailRecipient(trx: Transaction<Database>, customerId: string, now: Date): Promise<string> {
  await trx
    .insertInto("mailRecipients")
    .values({ recipientId: generateRecipientId(), customerId, createdAt: now.toISOString() })
    .onConflict((conflict) => conflict.column("customerId").doNothing())
    .execute();
  const row = await trx.selectFrom("mailRecipients").select("recipientId").where("customerId", "=", customerId).executeTakeFirstOrThrow();
  return row.recipientId;
}

/** The customer a recipient id stands for, or null when there is none (never issued, or the customer was deleted). */
export async function findCustomerOfRecipient(db: Executor, recipientId: string): Promise<string | null> {
  const row = await db.selectFrom("mailRecipients").select("customerId").where("recipientId", "=", recipientId).executeTakeFirst();
  return row?.customerId ?? null;
}

export interface MailableCustomer {
  email: string;
  disabled: boolean;
}

/** Where a customer's email goes; null when the account is no customer. */
export async function findMailableCustomer(db: Executor, customerId: string): Promise<MailableCustomer | null> {
  const row = await db
    .selectFrom("accounts")
    .innerJoin("customers", "customers.accountId", "accounts.id")
    .select(["accounts.email", "accounts.disabledAt"])
    .where("accounts.id", "=", customerId)
    .where("accounts.role", "=", "customer")
    .executeTakeFirst();
  return row ? { email: row.email, disabled: row.disabledAt !== null } : null;
}

/** Every customer's id, for the demo's sample mailing. */
export async function listCustomerIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom("customers").select("accountId").orderBy("accountId").execute();
  return rows.map((row) => row.accountId);
}

/** The names of the services the customer buys: CPNI (47 CFR 64.2003), read only for a use the approval rule allowed. */
export async function listServiceNames(db: Executor, customerId: string): Promise<string[]> {
  const rows = await db.selectFrom("cpniServices").select("serviceName").where("customerId", "=", customerId).orderBy("serviceName").execute();
  return rows.map((row) => row.serviceName);
}
