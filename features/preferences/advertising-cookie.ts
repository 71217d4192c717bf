/**
 * The one place that decides what the center sets for the "Advertising
 * cookies" choice, and writes it. The center itself loads no advertising
 * script; what it does is tell Phone.com's other sites, through one
 * first-party cookie on this browser, whether advertising cookies and image
 * tags may be used for this person. The cookie holds no identifier, only
 * "allowed". Absent means "not allowed": the other sites must not set
 * advertising cookies without it.
 *
 * Pure (no server code): proxy.ts uses it on every signed-in request, and the
 * choices' actions through ./sync-advertising-cookie.ts.
 */

export const ADVERTISING_COOKIE = "pc-advertising";
export const ADVERTISING_COOKIE_VALUE = "allowed";
/** A year, renewed whenever the customer's choices are saved. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export type AdvertisingCookieReason =
  /** The browser sends Global Privacy Control: never set, and removed (CCPA regs §7025(c)(1): "for that browser or device"). */
  | "signal"
  /** The customer has turned "Advertising cookies" off (or the signal turned it off). */
  | "choice-off"
  /** A minor's report holds every use of the matched customer's data (features/minors). */
  | "held"
  /** The customer's choice is on, and nothing holds it. */
  | "allowed"
  /** Nobody is signed in (or the caller does not know who): the center sets nothing for an anonymous visitor. */
  | "unknown-visitor"
  /**
   * The person signs out of this browser: the cookie spoke for them, and the
   * next person at a shared computer must not inherit it. Clear-Site-Data
   * already clears it where the browser honours that header; this says so
   * explicitly for the others.
   */
  | "signed-out";

export interface AdvertisingCookieDecision {
  action: "set" | "remove" | "leave";
  reason: AdvertisingCookieReason;
}

export interface AdvertisingCookieFacts {
  /** Whether the request carries `Sec-GPC: 1`. */
  sendsGpc: boolean;
  /** The signed-in customer's "Advertising cookies" choice and whether a minor's report holds their data; null when unknown. */
  customer: { advertisingCookies: boolean; held: boolean } | null;
  /** The person is signing out of this browser. */
  signingOut?: boolean;
}

export function decideAdvertisingCookie(facts: AdvertisingCookieFacts): AdvertisingCookieDecision {
  if (facts.sendsGpc) return { action: "remove", reason: "signal" };
  if (facts.signingOut) return { action: "remove", reason: "signed-out" };
  if (!facts.customer) return { action: "leave", reason: "unknown-visitor" };
  if (facts.customer.held) return { action: "remove", reason: "held" };
  if (!facts.customer.advertisingCookies) return { action: "remove", reason: "choice-off" };
  return { action: "set", reason: "allowed" };
}

/** Whether the request carries the Global Privacy Control signal: `Sec-GPC: 1` (the GPC specification's header). */
export const sendsGpcHeader = (headers: { get(name: string): string | null }) => headers.get("sec-gpc")?.trim() === "1";

/** What Next.js's cookie stores (a response's, or a server action's) offer. */
export interface CookieWriter {
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: "lax"; secure: boolean; path: string; maxAge: number }): unknown;
  delete(name: string): unknown;
}

export interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/** Carries out a decision on a response's cookies; a removal only when the browser has the cookie, so nothing is written needlessly. */
export function writeAdvertisingCookie(cookies: CookieWriter & CookieReader, decision: AdvertisingCookieDecision, secure: boolean): void {
  if (decision.action === "set") {
    cookies.set(ADVERTISING_COOKIE, ADVERTISING_COOKIE_VALUE, { httpOnly: false, sameSite: "lax", secure, path: "/", maxAge: MAX_AGE_SECONDS });
  } else if (decision.action === "remove" && cookies.get(ADVERTISING_COOKIE)) {
    cookies.delete(ADVERTISING_COOKIE);
  }
}

/** The cookies a sign-out expires on this browser, as decideAdvertisingCookie decides for someone signing out. */
export function cookiesExpiredAtSignOut(): string[] {
  return decideAdvertisingCookie({ sendsGpc: false, customer: null, signingOut: true }).action === "remove" ? [ADVERTISING_COOKIE] : [];
}
