import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import type { MailingList } from "./mailing-lists";
import { listCustomerIds } from "./repository";
import { samplePromotions, tailoredSample } from "./sample-promotions";
import { sendPromotionalEmail, type UnsubscribeSettings } from "./service";

export interface SampleMailingReport {
  queued: number;
  skipped: number;
}

/** The demo's sample on one list to every customer, each checked and queued in a transaction of its own. */
export async function sendSampleMailing(db: Kysely<Database>, list: MailingList, now: Date, settings: UnsubscribeSettings): Promise<SampleMailingReport> {
  const sample = samplePromotions[list];
  const report: SampleMailingReport = { queued: 0, skipped: 0 };
  for (const customerId of await listCustomerIds(db)) {
    // Only Phone.com's own offers may use CPNI; an Advertiser Promotion never does.
    const tailored = list === "promotional-email" ? tailoredSample : undefined;
    const result = await sendPromotionalEmail(db, { customerId, list, subject: sample.subject, text: sample.text, tailored }, now, settings);
    report[result.queued ? "queued" : "skipped"] += 1;
  }
  return report;
}
