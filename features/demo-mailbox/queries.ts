import "server-only";
import { query } from "@/server/boundary";
import { listOutboxMessages, type OutboxMessage } from "@/server/email/list-outbox-messages";
import { requireDemoMachine } from "./demo-machine";

const readOutbox = query("public", (context): Promise<OutboxMessage[]> => listOutboxMessages(context.db));

/** The demo's inbox, newest first: in demo mode and for this machine only (anyone else finds no page). */
export async function readDemoMailbox(): Promise<OutboxMessage[]> {
  await requireDemoMachine();
  return readOutbox();
}
