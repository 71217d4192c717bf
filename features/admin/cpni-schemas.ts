import { z } from "zod";
import { addInternalNoteSchema } from "@/features/requests";

/**
 * The console's CPNI forms, on the customer's records of a request (47 CFR
 * 64.2008(d)(3)): an emailed notice came back undeliverable; a notice was
 * sent by post instead; the customer replied "no" to the emailed notice. The request's reference says whose records these
 * are (the customer comes from the request, never from the form).
 */
const reference = addInternalNoteSchema.pick({ reference: true }).shape;

export const cpniNoticeReturnedSchema = z.strictObject({
  ...reference,
  noticeId: z.coerce.number({ error: "Say which notice came back." }).int({ error: "Say which notice came back." }).positive({ error: "Say which notice came back." }),
});

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (day: string) => DAY_PATTERN.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

const postedOn = z
  .string({ error: "Enter the day the notice was posted." })
  .trim()
  .min(1, { error: "Enter the day the notice was posted." })
  .refine(isRealDay, { error: "Enter the day as year-month-day, for example 2026-12-03." });

export const cpniNoticePostedSchema = z.strictObject({ ...reference, postedOn });

/** The same record from the list of customers who need a posted notice: the customer is named by their account id (the action checks it is a customer's). */
export const cpniNoticePostedFromListSchema = z.strictObject({
  customerId: z.string({ error: "Say whose notice was posted." }).trim().min(1, { error: "Say whose notice was posted." }).max(100),
  postedOn,
});

/** The customer replied "no" to the emailed notice: only the request's reference (whose customer). */
export const cpniReplyOptOutSchema = z.strictObject({ ...reference });

export type CpniNoticeIntent = "returned" | "posted" | "opted-out";

/** What the request's page says after each (`?cpni=<intent>`). */
export const CPNI_DONE_MESSAGES: Record<CpniNoticeIntent, string> = {
  returned: "Recorded: the emailed CPNI notice came back undeliverable. It no longer counts as notice; send the notice by post and record it here.",
  posted: "Recorded: the CPNI notice was sent by post. Approval may be assumed 30 days after the third day following the mailing, unless the customer says no.",
  "opted-out": "Recorded: the customer said no to the use of their CPNI for offers, in a reply to the notice. It is honoured at once.",
};
