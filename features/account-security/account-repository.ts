import "server-only";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "@/server/db/schema";

type Executor = Kysely<Database> | Transaction<Database>;

export async function findAccountForReset(db: Executor, email: string): Promise<{ id: string; email: string } | undefined> {
  return db.selectFrom("accounts").select(["id", "email"]).where("email", "=", email).where("disabledAt", "is", null).executeTakeFirst();
}

export async function findAccountEmail(db: Executor, accountId: string): Promise<string | undefined> {
  return (await db.selectFrom("accounts").select("email").where("id", "=", accountId).executeTakeFirst())?.email;
}

export async function isEmailTaken(db: Executor, email: string): Promise<boolean> {
  return (await db.selectFrom("accounts").select("id").where("email", "=", email).executeTakeFirst()) !== undefined;
}

/** Sets a new password hash; `password_changed_at` is what ends sessions begun before it. */
export async function updateAccountPassword(db: Executor, accountId: string, passwordHash: string, now: Date): Promise<void> {
  await db.updateTable("accounts").set({ passwordHash, passwordChangedAt: now.toISOString() }).where("id", "=", accountId).execute();
}

export async function updateAccountEmail(db: Executor, accountId: string, email: string): Promise<void> {
  await db.updateTable("accounts").set({ email }).where("id", "=", accountId).execute();
}

/** True when a write failed on a unique constraint, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const { code } = error as { code: unknown };
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
