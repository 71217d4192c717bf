import "server-only";
import type { ProxySessionContext } from "@/server/boundary";
import { type AdvertisingCookieDecision, decideAdvertisingCookie } from "./advertising-cookie";
import { readAdvertisingCookieFacts } from "./sync-advertising-cookie";

/**
 * Whether the customer signed in on this browser may still have the
 * advertising cookie, for proxy.ts (which found the session,
 * server/boundary/proxy-session.ts): a minor's report that began to hold
 * their data, or a choice turned off elsewhere (another browser, an
 * administrator), removes it at their next signed-in request rather than at
 * their next save.
 */
export async function decideAdvertisingCookieForSession({ db, accountId }: ProxySessionContext): Promise<AdvertisingCookieDecision> {
  return decideAdvertisingCookie({ sendsGpc: false, customer: await readAdvertisingCookieFacts(db, accountId) });
}
