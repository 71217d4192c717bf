import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/schema";
import { hashPassword } from "../password-hash";

/** An account of a test's own, with a real password hash, for the given password. */
export async function insertTestAccount(
  db: Kysely<Database>,
  options: { password?: string; role?: Role; email?: string; passwordChangedAt?: Date } = {},
): Promise<{ accountId: string; email: string; password: string }> {
  const accountId = `test-${randomUUID()}`;
  const email = options.email ?? `${accountId}@example.com`;
  const password = options.password ?? "correct horse battery staple";
  const changedAt = (options.passwordChangedAt ?? new Date(Date.now() - 24 * 60 * 60_000)).toISOString();
  await db
    .insertInto("accounts")
    .values({ id: accountId, email, passwordHash: await hashPassword(password), role: options.role ?? "customer", disabledAt: null, passwordChangedAt: changedAt, createdAt: changedAt })
    .execute();
  return { accountId, email, password };
}
