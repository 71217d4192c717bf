"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/boundary";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { mailingListChoice } from "@/features/unsubscribe";
import { sendSampleMailing } from "@/features/unsubscribe";
import { sampleMailingSchema } from "@/features/unsubscribe";
import { unsubscribeSettingsFor } from "@/features/unsubscribe";

/**
 * The demo mailbox's "send a sample" buttons: one promotional email on the
 * list to every customer still on it. In demo mode and from this
 * machine only, checked before anything else (before the form is even
 * parsed) as well as by the page, since an action can be called without its page.
 */
export const sendSampleMailingAction = formAction({
  access: "demo-machine",
  schema: sampleMailingSchema,
  run: async ({ list }, context) => {
    const report = await sendSampleMailing(context.db, list, context.now, unsubscribeSettingsFor(context.siteUrl));
    if (report.queued > 0) kickEmailDispatcher();
    revalidatePath("/dev/mailbox");
    const title = mailingListChoice(list).title;
    return {
      status: "success",
      message:
        `Sent “${title}” to ${report.queued} ${report.queued === 1 ? "customer" : "customers"}; ` +
        `${report.skipped} skipped (unsubscribed, or marketing held by an open minor’s report).`,
    };
  },
});
