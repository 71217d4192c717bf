import "server-only";
import type { Kysely } from "kysely";
import type { Database, Role } from "../db/schema";
import { hashPassword, verifyPassword } from "./password-hash";

export interface VerifiedAccount {
  accountId: string;
  email: string;
  role: Role;
}

// Hashed once per process, as soon as this module loads, with the current cost:
// verifying against it costs what verifying a real password costs.
let dummyHash: Promise<string> | undefined;
function hashForUnknownEmails(): Promise<string> {
  dummyHash ??= hashPassword("no account has this password; it only spends the time a real check would");
  return dummyHash;
}
void hashForUnknownEmails();

/**
 * The account an email and password open, or null. Unknown emails, wrong
 * passwords and disabled accounts all answer null after the same scrypt work,
 * so neither the answer nor its timing says whether an address has an account.
 */
export async function verifyCredentials(db: Kysely<Database>, email: string, password: string): Promise<VerifiedAccount | null> {
  const account = await db
    .selectFrom("accounts")
    .select(["id", "email", "role", "passwordHash", "disabledAt"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  const matches = await verifyPassword(password, account?.passwordHash ?? (await hashForUnknownEmails()));
  if (!account || !matches || account.disabledAt) return null;
  return { accountId: account.id, email: account.email, role: account.role };
}

/** Checks the password of a signed-in account (before a change to its password or email). */
export async function verifyAccountPassword(db: Kysely<Database>, accountId: string, password: string): Promise<boolean> {
  const account = await db.selectFrom("accounts").select("passwordHash").where("id", "=", accountId).executeTakeFirst();
  return account ? verifyPassword(password, account.passwordHash) : false;
}
