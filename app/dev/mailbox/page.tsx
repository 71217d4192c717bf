import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { connection } from "next/server";
import { DemoMailbox } from "@/features/demo-mailbox/components/demo-mailbox";
import { SampleMailingForm } from "@/features/demo-mailbox/components/sample-mailing-form";
import { database } from "@/server/db/database";
import { listOutboxMessages } from "@/server/email/list-outbox-messages";
import { env } from "@/server/env";
import { isFromThisMachine } from "@/server/http/peer-address";

export const metadata: Metadata = { title: "Demo mailbox", robots: { index: false } };

/** The demo's inbox: every email the center wrote. Does not exist outside demo mode, nor for other machines. */
export default async function DemoMailboxRoute() {
  // Decided per request, never at build time: the build does not run in demo mode.
  await connection();
  if (!env.isDemo || !isFromThisMachine(await headers())) notFound();
  const messages = await listOutboxMessages(await database());
  return <DemoMailbox messages={messages} tools={<SampleMailingForm />} />;
}
