import { type Kysely, type Migration, sql } from "kysely";

/**
 * The outbox's priority (server/email/enqueue-email.ts): 0 for mail someone
 * waits for or the law wants at once, 1 for notice runs to every customer,
 * 2 for promotions. The dispatcher claims the due messages of each priority
 * in turn, oldest due first, so the index is (priority, next_attempt_at), and
 * partial: only unsent rows, which stay few however many were ever sent. Both
 * engines use a partial index for a query that repeats its condition
 * (https://www.sqlite.org/partialindex.html §2; PostgreSQL "Partial Indexes").
 *
 * Expand only: the column has a default, so an instance of the previous
 * version still inserting during a rolling deploy writes priority 0 (sent
 * early, never late), and the old index on (sent_at, next_attempt_at) that
 * instance's query reads stays until a later migration drops it.
 *
 * The backfill reaches only unsent rows (the dispatcher never reads a sent
 * one again): promotions by category, CPNI notices by the record that names
 * their email, policy notices by the subject policyNoticeEmail gives them
 * (the outbox kept no kind before this).
 */
export const outboxPriority: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("email_outbox")
      .addColumn("priority", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update email_outbox set priority = 2 where sent_at is null and category = 'promotional'`.execute(db);
    await sql`
      update email_outbox set priority = 1
      where sent_at is null
        and (id in (select email_id from cpni_notices where email_id is not null) or subject like 'Our privacy policy change%')
    `.execute(db);
    await sql`create index email_outbox_due on email_outbox (priority, next_attempt_at) where sent_at is null`.execute(db);
  },
};
