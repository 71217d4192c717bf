import type { ConsentMethod } from "@/server/db/schema";

/**
 * Where a choice that Global Privacy Control covers stands when a request
 * carries the signal:
 * - "apply": on, and nothing the customer said in the Privacy Center keeps it on: turn it off;
 * - "turned-off": off because of the signal (now or on an earlier visit);
 * - "already-off": off by the customer's own choice;
 * - "conflict": on because the customer opted in on the dashboard after any
 *   earlier signal: ask them rather than override them (the policy promises to ask);
 * - "kept": on because they answered "keep my choice"; not asked again until
 *   they opt in again on the dashboard (which makes it a "conflict" once more).
 */
export type GpcStatus = "apply" | "turned-off" | "already-off" | "conflict" | "kept";

export function decideGpcStatus(current: { value: boolean; method: ConsentMethod }): GpcStatus {
  if (!current.value) return current.method === "gpc" ? "turned-off" : "already-off";
  if (current.method === "dashboard") return "conflict";
  if (current.method === "gpc") return "kept";
  return "apply";
}
