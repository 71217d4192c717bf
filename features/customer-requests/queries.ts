import "server-only";
import { notFound } from "next/navigation";
import { normalizeReference } from "@/features/requests";
import { findCustomerRequest, findCustomerRequests } from "@/features/requests";
import { query } from "@/server/boundary";

/**
 * What the customer's request pages read. Each is a query for the signed-in
 * customer, so whichever page calls it, only the customer's own requests are
 * read (the session's account is in the WHERE clause), and anyone else is
 * sent to sign in, or (the administrator) to the console.
 */

/** The requests the signed-in customer made, newest first. */
export const listCustomerRequests = query("customer", (context) => findCustomerRequests(context.db, context.actor.accountId), { returnTo: "/account/requests" });

/** One request the customer made, by its reference as typed in the address; anyone else's (even one about them), or none, is "not found". */
export const readCustomerRequest = query("customer", async (context, typedReference: string) => {
  const reference = normalizeReference(typedReference);
  const request = reference ? await findCustomerRequest(context.db, context.actor.accountId, reference) : undefined;
  return request ?? notFound();
});
