import "server-only";
import type { Kysely, Transaction } from "kysely";
import type { SensitiveCipher } from "@/server/crypto/sensitive-cipher";
import type { Database } from "@/server/db/schema";

/**
 * Where the copy that answers an access request is kept: made once, when the
 * request is completed, so the customer downloads exactly what answered it,
 * whatever changes or is deleted later. It holds every record the customer
 * had, so it is written and read in parts (migration 0013,
 * docs/decisions/0014): each chunk of the JSON text is sealed with the
 * SensitiveCipher on its own, and a download opens one part at a time.
 */

/** Seals and stores the copy, chunk by chunk, in the completion's transaction; returns how many parts it has. */
export async function storeRequestExport(
  trx: Transaction<Database>,
  copy: { requestId: string; fileName: string; chunks: AsyncIterable<string> },
  cipher: SensitiveCipher,
  now: Date,
): Promise<number> {
  await trx.insertInto("requestExports").values({ requestId: copy.requestId, createdAt: now.toISOString(), fileName: copy.fileName, partCount: 0 }).execute();
  let part = 0;
  for await (const chunk of copy.chunks) {
    await trx.insertInto("requestExportParts").values({ requestId: copy.requestId, part, ...cipher.seal(chunk) }).execute();
    part += 1;
  }
  await trx.updateTable("requestExports").set({ partCount: part }).where("requestId", "=", copy.requestId).execute();
  return part;
}

/**
 * The copy that answered a completed access request the customer made about
 * themselves; undefined otherwise. Both columns are checked: the copy holds
 * the data of the customer it concerns, and goes only to that customer when
 * they asked for it. `parts` opens one part at a time as it is read; a copy
 * missing a part is refused here rather than sent cut short.
 */
export async function findRequestExport(
  db: Kysely<Database>,
  customerId: string,
  reference: string,
  cipher: SensitiveCipher,
): Promise<{ fileName: string; partCount: number; parts: AsyncIterable<string> } | undefined> {
  const row = await db
    .selectFrom("requestExports")
    .innerJoin("privacyRequests", "privacyRequests.id", "requestExports.requestId")
    .select(["requestExports.requestId", "requestExports.fileName", "requestExports.partCount"])
    .where("privacyRequests.reference", "=", reference)
    .where("privacyRequests.requestedByCustomerId", "=", customerId)
    .where("privacyRequests.customerId", "=", customerId)
    .where("privacyRequests.type", "=", "access")
    .where("privacyRequests.status", "=", "completed")
    .executeTakeFirst();
  if (!row) return undefined;
  const stored = await db
    .selectFrom("requestExportParts")
    .select((eb) => eb.fn.countAll().as("count"))
    .where("requestId", "=", row.requestId)
    .executeTakeFirstOrThrow();
  if (Number(stored.count) !== row.partCount) throw new Error(`The copy of request ${reference} has ${String(stored.count)} of its ${row.partCount} parts`);
  return { fileName: row.fileName, partCount: row.partCount, parts: openParts(db, row.requestId, row.partCount, cipher) };
}

async function* openParts(db: Kysely<Database>, requestId: string, partCount: number, cipher: SensitiveCipher): AsyncGenerator<string> {
  for (let part = 0; part < partCount; part++) {
    const sealed = await db.selectFrom("requestExportParts").select(["keyId", "ciphertext"]).where("requestId", "=", requestId).where("part", "=", part).executeTakeFirstOrThrow();
    yield cipher.open(sealed.keyId, sealed.ciphertext);
  }
}

/** The whole copy as one string: for tests and small copies only. */
export async function readWholeExport(parts: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const part of parts) text += part;
  return text;
}
