import "server-only";
import type { Kysely } from "kysely";
import { cookies, headers } from "next/headers";
import { isMarketingHeld } from "@/features/minors";
import type { Database } from "@/server/db/schema";
import { type AdvertisingCookieDecision, type AdvertisingCookieFacts, decideAdvertisingCookie, sendsGpcHeader, writeAdvertisingCookie } from "./advertising-cookie";
import { listCurrentChoices } from "./repository";

/** The account's "Advertising cookies" choice and whether a minor's report holds its data (an account with no choices, staff, has it off). */
export async function readAdvertisingCookieFacts(db: Kysely<Database>, accountId: string): Promise<NonNullable<AdvertisingCookieFacts["customer"]>> {
  const [choices, held] = await Promise.all([listCurrentChoices(db, accountId), isMarketingHeld(db, accountId)]);
  return { advertisingCookies: choices.find((choice) => choice.key === "advertising-cookies")?.value ?? false, held };
}

/**
 * Sets or removes this browser's advertising cookie for the account now
 * signed in on it: after the customer's choices changed, and at sign-in (a
 * server action may write cookies). From their "Advertising cookies" choice,
 * the request's Global Privacy Control signal and a minor's report's hold, as
 * decideAdvertisingCookie decides.
 */
export async function syncAdvertisingCookie(db: Kysely<Database>, accountId: string, siteUrl: string): Promise<AdvertisingCookieDecision> {
  const sendsGpc = sendsGpcHeader(await headers());
  const customer = sendsGpc ? null : await readAdvertisingCookieFacts(db, accountId);
  const decision = decideAdvertisingCookie({ sendsGpc, customer });
  writeAdvertisingCookie(await cookies(), decision, siteUrl.startsWith("https://"));
  return decision;
}
