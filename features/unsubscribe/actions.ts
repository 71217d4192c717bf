"use server";

import { notFound, redirect } from "next/navigation";
import { confirmationPath } from "./promotional-email";
import { unsubscribeWithToken } from "./service";

export interface ConfirmUnsubscribeState {
  message: string | null;
}

/**
 * The confirmation page's button: the same opt-out as the one-click POST, for
 * a person. Public: it reads no session and needs no cookie; the token
 * (bound by the page, checked again here) is the only authority. Ends on the
 * page again, which then says it is done. Used through useActionState, which
 * passes the previous state and the form: neither is needed.
 */
export async function confirmUnsubscribeAction(token: string): Promise<ConfirmUnsubscribeState> {
  // The page binds a string; a script calling the action may send anything, which is no link of ours.
  if (typeof token !== "string") notFound();
  let outcome: Awaited<ReturnType<typeof unsubscribeWithToken>>;
  try {
    outcome = await unsubscribeWithToken(token);
  } catch (error) {
    console.error(`Unsubscribe from the confirmation page failed: ${error instanceof Error ? error.message : String(error)}`);
    return { message: "We could not unsubscribe you just now. Nothing was changed; please try again in a minute." };
  }
  if (outcome.status === "invalid") notFound();
  redirect(confirmationPath(encodeURIComponent(token)));
}
