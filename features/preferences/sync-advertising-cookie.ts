import "server-only";
import type { Kysely } from "kysely";
import { cookies, headers } from "next/headers";
import { isMarketingHeld } from "@/features/minors";
import type { Database } from "@/server/db/schema";
import { type AdvertisingCookieDecision, decideAdvertisingCookie, sendsGpcHeader, writeAdvertisingCookie } from "./advertising-cookie";
import { listCurrentChoices } from "./repository";

/**
 * Sets or removes this browser's advertising cookie after the customer's
 * choices changed (a server action may write cookies): from their
 * "Advertising cookies" choice, the request's Global Privacy Control signal
 * and a minor's report's hold, as decideAdvertisingCookie decides.
 */
export async function syncAdvertisingCookie(db: Kysely<Database>, customerId: string, siteUrl: string): Promise<AdvertisingCookieDecision> {
  const sendsGpc = sendsGpcHeader(await headers());
  const customer = sendsGpc
    ? null
    : {
        advertisingCookies: (await listCurrentChoices(db, customerId)).find((choice) => choice.key === "advertising-cookies")?.value ?? false,
        held: await isMarketingHeld(db, customerId),
      };
  const decision = decideAdvertisingCookie({ sendsGpc, customer });
  writeAdvertisingCookie(await cookies(), decision, siteUrl.startsWith("https://"));
  return decision;
}
