import "server-only";
import { z } from "zod";
import { mailingListKeys, samplePromotions } from "@/features/unsubscribe";
import { query } from "@/server/boundary";
import { listOutboxMessages, type OutboxMessage } from "@/server/email/list-outbox-messages";
import type { SampleMailingButton } from "./components/sample-mailing-form";

export interface DemoMailboxView {
  messages: OutboxMessage[];
  /** The address the messages are filtered by, as typed; "" for every message. */
  to: string;
  /** Why the filter was not applied, in words; null when it was (or none was asked). */
  problem: string | null;
  /** The sample promotional mailings the demo can send, one per list. */
  sampleMailings: SampleMailingButton[];
}

/** `?to=`: one recipient's mail, so a message older than the newest hundred can still be found. */
const recipientSchema = z.union([z.literal(""), z.email("That is not an email address, so every message is shown. Enter one such as alex.rivera@example.com.")]);

/** The demo's inbox, newest first: in demo mode and for this machine only (anyone else finds no page). */
export const readDemoMailbox = query(
  "demo-machine",
  async (context, searchParams: Record<string, string | string[] | undefined>): Promise<DemoMailboxView> => {
    const asked = typeof searchParams.to === "string" ? searchParams.to.trim() : "";
    const parsed = recipientSchema.safeParse(asked);
    const to = parsed.success && parsed.data !== "" ? parsed.data : undefined;
    return {
      messages: await listOutboxMessages(context.db, { to }),
      to: asked,
      problem: parsed.success ? null : (parsed.error.issues[0]?.message ?? null),
      sampleMailings: mailingListKeys.map((list) => ({ list, label: samplePromotions[list].button })),
    };
  },
);
