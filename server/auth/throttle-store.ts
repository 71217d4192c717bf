import "server-only";
import type { DatabaseHandle } from "../db/create-database";
import type { ThrottleStore } from "./attempt-throttle";

/** Where the attempt counts of this database live: its own table, on either engine. */
export function throttleStoreOf(handle: DatabaseHandle): ThrottleStore {
  if (handle.engine === "postgres") return { kind: "postgres", db: handle.db };
  if (!handle.sqlite) throw new Error("The SQLite database handle has no connection for the attempt throttle.");
  return { kind: "sqlite", client: handle.sqlite };
}
