import "server-only";
import { notFound } from "next/navigation";
import { query } from "@/server/boundary";
import { normalizeReference } from "./reference";
import { isRequestStatusKey } from "./status-link";
import { findRequestForRequester } from "./workflow/request-views";

/**
 * A request made without an account (Your California Privacy Rights, a
 * minor's report), as its requester follows it through the signed link they
 * were given: `/requests/<reference>?key=…`. Without a valid key there is
 * nothing here ("not found"), whether or not the reference exists; a
 * customer's own request is followed in their account, never here.
 */
export const readRequestForRequester = query("public", async (context, typedReference: string, key: string | string[] | undefined) => {
  const reference = normalizeReference(typedReference);
  if (!reference || typeof key !== "string" || !isRequestStatusKey(reference, key)) notFound();
  return (await findRequestForRequester(context.db, reference)) ?? notFound();
});
