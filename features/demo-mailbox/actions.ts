"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireFormData } from "@/server/actions/require-form-data";
import { database } from "@/server/db/database";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { env } from "@/server/env";
import { isFromThisMachine } from "@/server/http/peer-address";
import { mailingListChoice } from "@/features/unsubscribe/mailing-lists";
import { sendSampleMailing } from "@/features/unsubscribe/sample-mailing";
import { sampleMailingSchema } from "@/features/unsubscribe/schemas";

export interface SampleMailingState {
  message: string | null;
}

/**
 * The demo mailbox's "send a sample" buttons: one promotional email on the
 * list to every customer still on it. Demo mode only, checked here as well as
 * by the page, since an action can be called without its page.
 */
export async function sendSampleMailingAction(_previous: SampleMailingState, formData: FormData): Promise<SampleMailingState> {
  if (!env.isDemo || !isFromThisMachine(await headers())) notFound();
  const parsed = sampleMailingSchema.safeParse({ list: requireFormData(formData).get("list") });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "There is no such mailing list." };
  const report = await sendSampleMailing(await database(), parsed.data.list);
  if (report.queued > 0) kickEmailDispatcher();
  revalidatePath("/dev/mailbox");
  const title = mailingListChoice(parsed.data.list).title;
  return {
    message:
      `Sent “${title}” to ${report.queued} ${report.queued === 1 ? "customer" : "customers"}; ` +
      `${report.skipped} skipped (unsubscribed, or marketing held by an open minor’s report).`,
  };
}
