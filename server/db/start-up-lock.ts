import "server-only";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import type { DatabaseHandle } from "./create-database";

/**
 * The lock that instances starting at the same moment on one database take around migrating and seeding
 * it, so that one does the work and the others wait and then find it done. Kysely's Migrator serialises
 * the migrations themselves, but nothing serialised the demo seed's "is the database empty? then fill
 * it": two instances both saw it empty and the second crashed on the first one's rows.
 *
 * PostgreSQL: a session-level advisory lock (https://www.postgresql.org/docs/current/explicit-locking.html
 * #ADVISORY-LOCKS) held on one connection set aside from the pool for the duration; the work runs on the
 * pool's other connections. If the process dies, its connection closes and the server releases the lock.
 * The two-key form keeps it apart from Kysely's own migration lock (one bigint key).
 *
 * SQLite: the lock cannot be taken on the database file itself, since a write lock there would also stop
 * this process's own writes on its other connection. It is a write transaction (BEGIN IMMEDIATE) on a
 * small file beside the database (`<file>-startup-lock`), which the other processes wait for
 * (busy_timeout, https://www.sqlite.org/c3ref/busy_timeout.html). The OS drops the lock when the process
 * dies. The file stays (empty): removing it while another process waits on it would let a third one in.
 */
const LOCK_CLASS = 0x70726976; // "priv"
const START_UP = 1;
/** Long enough for another instance's whole migration and seed on a slow machine; then the start fails rather than hangs. */
const WAIT_MS = 120_000;

export async function withStartUpLock<T>(handle: DatabaseHandle, work: () => Promise<T>): Promise<T> {
  if (handle.engine === "postgres") {
    return handle.db.connection().execute(async (connection) => {
      await sql`select pg_advisory_lock(${sql.lit(LOCK_CLASS)}, ${sql.lit(START_UP)})`.execute(connection);
      try {
        return await work();
      } finally {
        await sql`select pg_advisory_unlock(${sql.lit(LOCK_CLASS)}, ${sql.lit(START_UP)})`.execute(connection);
      }
    });
  }
  const file = handle.sqlite?.name;
  // An in-memory database belongs to this process alone.
  if (!file || file === ":memory:" || file === "") return work();
  const lock = new BetterSqlite3(`${file}-startup-lock`);
  try {
    lock.pragma(`busy_timeout = ${WAIT_MS}`);
    lock.exec("begin immediate");
    try {
      return await work();
    } finally {
      lock.exec("rollback");
    }
  } finally {
    lock.close();
  }
}
