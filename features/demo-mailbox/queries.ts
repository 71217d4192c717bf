import "server-only";
import { mailingListKeys, samplePromotions } from "@/features/unsubscribe";
import { query } from "@/server/boundary";
import { listOutboxMessages, type OutboxMessage } from "@/server/email/list-outbox-messages";
import type { SampleMailingButton } from "./components/sample-mailing-form";

export interface DemoMailboxView {
  messages: OutboxMessage[];
  /** The sample promotional mailings the demo can send, one per list. */
  sampleMailings: SampleMailingButton[];
}

/** The demo's inbox, newest first: in demo mode and for this machine only (anyone else finds no page). */
export const readDemoMailbox = query(
  "demo-machine",
  async (context): Promise<DemoMailboxView> => ({
    messages: await listOutboxMessages(context.db),
    sampleMailings: mailingListKeys.map((list) => ({ list, label: samplePromotions[list].button })),
  }),
);
