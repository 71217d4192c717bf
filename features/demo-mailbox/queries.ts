import "server-only";
import { query } from "@/server/boundary";
import { listOutboxMessages, type OutboxMessage } from "@/server/email/list-outbox-messages";

/** The demo's inbox, newest first: in demo mode and for this machine only (anyone else finds no page). */
export const readDemoMailbox = query("demo-machine", (context): Promise<OutboxMessage[]> => listOutboxMessages(context.db));
