import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { query } from "@/server/boundary";
import { sendsGpcHeader } from "./advertising-cookie";
import { applyGlobalPrivacyControl, type GpcOutcome } from "./service";

/** Whether this request carries the Global Privacy Control signal (`Sec-GPC: 1`), read afresh on each request. */
export async function requestSendsGpc(): Promise<boolean> {
  return sendsGpcHeader(await headers());
}

/**
 * Applies the signal for the signed-in customer once per request, or returns
 * null when the request does not send it. Cached per request so that the
 * layout's notice and the page that lists the choices share one application:
 * they render concurrently, and the page must show the values after the
 * signal, not before.
 */
export const honorGpcSignal = cache(
  query("customer", async (context): Promise<GpcOutcome[] | null> => {
    if (!(await requestSendsGpc())) return null;
    return applyGlobalPrivacyControl(context.db, context.actor.accountId, { now: context.now });
  }),
);
