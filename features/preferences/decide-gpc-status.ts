import type { ConsentMethod } from "@/server/db/schema";

/**
 * Where a choice that Global Privacy Control covers stands when a request
 * carries the signal (CCPA regulations, 11 CCR §7025(c)):
 * - "apply": on, and the customer has not consented to it since a signal was
 *   processed: turn it off now. The signal is processed first, always, even
 *   against an earlier opt-in on the dashboard (§7025(c)(1), (c)(3));
 * - "turned-off": off because of the signal, now or on an earlier visit;
 * - "conflict": off because of the signal, which overrode an opt-in the
 *   customer had made themselves: they may be told of the conflict and offered
 *   to turn it back on (§7025(c)(3)), until they answer;
 * - "already-off": off by the customer's own choice;
 * - "consented": on because, after the signal was processed, the customer
 *   consented to it again ("gpc_consent"); the signal is then not applied to it
 *   while the customer is known (§7025(c)(3)), until they change it again.
 */
export type GpcStatus = "apply" | "turned-off" | "conflict" | "already-off" | "consented";

/** A choice's latest consent record (or its default), and the record before it, as far as the signal is concerned. */
export interface GpcChoiceState {
  value: boolean;
  method: ConsentMethod;
  /** The value the latest record replaced (for a default: the value itself). */
  oldValue: boolean;
  /** The record before the latest one, or null when there is none (the latest replaced the default). */
  previous: { value: boolean; method: ConsentMethod } | null;
}

/** Methods by which the customer themselves turned a choice on: the "business-specific privacy setting" of §7025(c)(3). */
const OWN_OPT_IN: readonly ConsentMethod[] = ["dashboard", "email_link", "administrator"];

export function decideGpcStatus(state: GpcChoiceState): GpcStatus {
  if (state.value) return state.method === "gpc_consent" ? "consented" : "apply";
  if (state.method !== "gpc") return "already-off";
  // A "gpc" record that kept the value off is the customer's answer "keep it off": nothing more to ask.
  const overrodeOwnOptIn = state.oldValue && state.previous !== null && state.previous.value && OWN_OPT_IN.includes(state.previous.method);
  return overrodeOwnOptIn ? "conflict" : "turned-off";
}
