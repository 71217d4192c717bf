import type { Metadata } from "next";
import { DemoMailbox } from "@/features/demo-mailbox/components/demo-mailbox";
import { SampleMailingForm } from "@/features/demo-mailbox/components/sample-mailing-form";
import { readDemoMailbox } from "@/features/demo-mailbox/queries";

export const metadata: Metadata = { title: "Demo mailbox", robots: { index: false } };

/** The demo's inbox: every email the center wrote. Does not exist outside demo mode, nor for other machines. */
export default async function DemoMailboxRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { messages, to, problem, sampleMailings } = await readDemoMailbox(await searchParams);
  return <DemoMailbox messages={messages} to={to} problem={problem} tools={<SampleMailingForm buttons={sampleMailings} />} />;
}
