import "server-only";
import { query } from "@/server/boundary";
import type { ChoiceValues } from "./choice-values";
import { honorGpcSignal } from "./honor-gpc-signal";
import type { ConsentRecord } from "./repository";
import { getChoicesOverview } from "./service";

export interface ChoicesPageData {
  values: ChoiceValues;
  /** The id of the newest consent record the values include (0 for none). */
  revision: number;
  history: ConsentRecord[];
}

/**
 * What "Your choices" shows the signed-in customer: each choice's value and
 * every change. A Global Privacy Control signal in this request is applied
 * first (shared with the layout's notice), so the values already show it.
 */
export const readChoicesPage = query("customer", async (context): Promise<ChoicesPageData> => {
  await honorGpcSignal();
  const overview = await getChoicesOverview(context.db, context.actor.accountId);
  const values = Object.fromEntries(overview.choices.map((choice) => [choice.key, choice.value])) as ChoiceValues;
  return { values, revision: overview.revision, history: overview.history };
});
