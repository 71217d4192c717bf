import "server-only";
import type { Kysely } from "kysely";
import { headers } from "next/headers";
import { readClientAddress } from "../auth/client-address";
import type { SignedInAccount } from "../auth/current-account";
import { createSensitiveCipher, type SensitiveCipher } from "../crypto/sensitive-cipher";
import { database } from "../db/database";
import type { Database } from "../db/schema";
import { env, readSecrets } from "../env";

/**
 * What the boundary hands a feature: the database, the moment of this request,
 * the site's address, the cipher and the client's address. Entry points pass
 * these down rather than open the database or read the clock themselves, and
 * a test hands in its own. (Keys derived from AUTH_SECRET, such as the signed
 * status links, are still read through server/env, the one place the
 * environment is read.)
 */
export interface EntryContext {
  db: Kysely<Database>;
  /** The moment this request is handled; one clock for the whole of it. */
  now: Date;
  /** The site's public address, for links in pages and emails. */
  siteUrl: string;
  /** Seals and opens Sensitive Personal Information (made when first asked for: most entry points never need it). */
  cipher(): SensitiveCipher;
  /** The client's address, as far as the trusted proxies tell (for rate limits only). */
  clientAddress(): Promise<string>;
}

export type Role = SignedInAccount["role"];

/** An entry point's context once the session is checked: `actor` is the session's account, never an id from the input. */
export interface ActorContext<R extends Role = Role> extends EntryContext {
  actor: SignedInAccount & { role: R };
}

export type CustomerContext = ActorContext<"customer">;
export type AdminContext = ActorContext<"admin">;

let cipher: SensitiveCipher | undefined;

/**
 * The context for one request. `database: false` is for what needs no data (a
 * feed prerendered at build time must not open or create the database): its
 * `db` then refuses to be used, rather than opening one behind the route's back.
 */
export async function createEntryContext(options: { database?: boolean } = {}): Promise<EntryContext> {
  const db = options.database === false ? undefined : await database();
  return {
    get db(): Kysely<Database> {
      if (!db) throw new Error("This entry point was declared without a database (database: false).");
      return db;
    },
    now: new Date(),
    siteUrl: env.SITE_URL,
    cipher: () => (cipher ??= createSensitiveCipher(readSecrets().encryptionKeys)),
    clientAddress: async () => readClientAddress(await headers()),
  };
}
