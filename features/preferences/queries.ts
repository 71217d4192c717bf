import "server-only";
import { query } from "@/server/boundary";
import type { ChoiceValues } from "./choice-values";
import { honorGpcSignal } from "./honor-gpc-signal";
import { type CpniNoticeRecord, listCpniNotices, readCpniFacts } from "./cpni";
import { type CpniDecision, decideCpniUse } from "./cpni-approval";
import type { ConsentRecord } from "./repository";
import { getChoicesOverview } from "./service";

export interface ChoicesPageData {
  values: ChoiceValues;
  /** The id of the newest consent record the values include (0 for none). */
  revision: number;
  history: ConsentRecord[];
  cpni: {
    /** The notices sent, newest first (47 CFR 64.2008(a)(2)). */
    notices: CpniNoticeRecord[];
    /** Whether we may use the customer's CPNI for communications-related offers now, and why (or why not). */
    communications: CpniDecision;
  };
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
  const [notices, facts] = await Promise.all([listCpniNotices(context.db, context.actor.accountId), readCpniFacts(context.db, context.actor.accountId)]);
  return { values, revision: overview.revision, history: overview.history, cpni: { notices, communications: decideCpniUse(facts, "communications-marketing", context.now) } };
});
