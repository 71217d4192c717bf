"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, refuse } from "@/server/boundary";
import { kickEmailDispatcher } from "@/server/email/email-dispatcher";
import { intakeSchema } from "./intake-schemas";
import { recordReceivedRequest } from "./intake-service";

/**
 * The console's "Record a request" form. The boundary checks the
 * administrator's session and the form; the receipt day is checked against
 * today in the company's time zone; then one transaction records the request
 * (its audit entry names the administrator), the outbox wakes, and the
 * request's own page opens (a redirect, so a reload records nothing again).
 */
export const recordReceivedRequestAction = formAction({
  access: "admin",
  schema: intakeSchema,
  returnTo: "/admin/requests/new",
  run: async (input, context) => {
    const outcome = await recordReceivedRequest(context.db, context.actor, input, { siteUrl: context.siteUrl, now: context.now });
    if (outcome.kind === "bad-day") refuse(outcome.message, { receivedOn: outcome.message });
    if (outcome.kind === "key-conflict") refuse("This form has expired. Please reload the page and enter the request again.");
    if (outcome.kind === "created" && outcome.emailed) kickEmailDispatcher();
    revalidatePath("/admin");
    redirect(`/admin/requests/${outcome.request.reference}`);
  },
});
