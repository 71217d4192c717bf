import type { Kysely, Migration } from "kysely";

/**
 * How each CPNI notice reached the customer (47 CFR 64.2008(d)(3)(iii): an
 * opt-out notice emailed and returned as undeliverable must be sent in another
 * form before the customer may be taken to have had notice).
 *
 * - `method`: `email` (the job's notice, carried by `email_id`) or `post` (a
 *   notice the Privacy Administrator mailed; `sent_at` is the start of the day
 *   it was posted, in the company's time zone). Existing rows were emailed.
 * - `undeliverable_at`: when the emailed notice was found undeliverable (the
 *   Privacy Administrator recorded its return). A refusal by the mail server
 *   is read from the outbox instead.
 * - `recorded_by`: the staff account that recorded a post or a return.
 */
export const cpniNoticeDelivery: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("cpni_notices")
      .addColumn("method", "text", (c) => c.notNull().defaultTo("email"))
      .execute();
    await db.schema.alterTable("cpni_notices").addColumn("undeliverable_at", "text").execute();
    await db.schema.alterTable("cpni_notices").addColumn("recorded_by", "text").execute();
  },
};
