import "server-only";
import type { Kysely, Transaction } from "kysely";
import { choices, type ChoiceKey } from "@/content/choices";
import { getPolicyHistory } from "@/features/policy";
import type { ConsentMethod, Database } from "@/server/db/schema";
import { decideGpcStatus, type GpcChoiceState, type GpcStatus } from "./decide-gpc-status";
import {
  appendConsentRecord,
  type ConsentRecord,
  type CurrentChoice,
  listConsentHistory,
  listCurrentChoices,
  listRecentRecords,
  lockCustomerConsent,
  recordConsent,
} from "./repository";

/**
 * When a consent record is made: the request's clock, and the policy version
 * every record names (by default the one in force then; tests give their own).
 */
export interface ConsentMoment {
  now: Date;
  policyVersion?: string;
}

type Executor = Kysely<Database> | Transaction<Database>;

const policyVersionAt = (moment: ConsentMoment) => moment.policyVersion ?? getPolicyHistory(moment.now).current.version.id;

export interface ChoicesOverview {
  choices: CurrentChoice[];
  history: ConsentRecord[];
  /** The id of the customer's newest consent record (0 for none): how far the page's values reach. */
  revision: number;
}

export async function getChoicesOverview(db: Kysely<Database>, customerId: string): Promise<ChoicesOverview> {
  const [current, history] = await Promise.all([listCurrentChoices(db, customerId), listConsentHistory(db, customerId)]);
  return { choices: current, history, revision: history[0]?.id ?? 0 };
}

export interface ChangeChoiceRequest {
  customerId: string;
  choiceKey: ChoiceKey;
  value: boolean;
  method: ConsentMethod;
}

export interface ChangeChoiceResult {
  choiceKey: ChoiceKey;
  value: boolean;
  /** False when the choice already had that value: nothing was recorded. */
  changed: boolean;
  /** The id of the record made, or 0 when nothing was recorded. */
  revision: number;
}

/** Sets one choice of one customer and records how; the customer comes from the session, never from the request. */
export async function changeChoice(db: Kysely<Database>, request: ChangeChoiceRequest, moment: ConsentMoment): Promise<ChangeChoiceResult> {
  const policyVersion = policyVersionAt(moment);
  const record = await db.transaction().execute((trx) =>
    recordConsent(trx, { customerId: request.customerId, choiceKey: request.choiceKey, newValue: request.value, method: request.method, policyVersion, now: moment.now }),
  );
  return { choiceKey: request.choiceKey, value: request.value, changed: record !== null, revision: record?.id ?? 0 };
}

const gpcKeys = new Set<string>(choices.filter((choice) => choice.turnedOffByGpc).map((choice) => choice.key));
const gpcChoices = choices.filter((choice) => choice.turnedOffByGpc);

/** Whether the Global Privacy Control signal covers the choice (CCPA regs §7025: sale and sharing). */
export const isCoveredByGpc = (key: string) => gpcKeys.has(key);

export interface GpcOutcome {
  key: ChoiceKey;
  status: Exclude<GpcStatus, "apply">;
}

interface GpcChoice extends GpcChoiceState {
  key: ChoiceKey;
}

/** Each choice the signal covers, with its latest record and the one before (or its default). */
async function listGpcChoices(db: Executor, customerId: string): Promise<GpcChoice[]> {
  const records = await listRecentRecords(db, customerId, [...gpcKeys], 2);
  return gpcChoices.map((choice) => {
    const [latest, previous] = records.get(choice.key) ?? [];
    if (!latest) return { key: choice.key, value: choice.defaultValue, method: "default", oldValue: choice.defaultValue, previous: null };
    return {
      key: choice.key,
      value: latest.newValue,
      method: latest.method,
      oldValue: latest.oldValue ?? choice.defaultValue,
      previous: previous ? { value: previous.newValue, method: previous.method } : null,
    };
  });
}

/**
 * Honors a Global Privacy Control signal for a signed-in customer (CCPA regs
 * §7025(c)): the signal is processed first, always. Every choice it covers
 * that is on is turned off and recorded as "gpc", even one the customer turned
 * on themselves on the dashboard (§7025(c)(3)); such a choice is then reported
 * as a "conflict", which the center may tell them of and offer to turn back
 * on. Only a consent given after a signal was processed ("gpc_consent") keeps
 * a choice on. Safe to run on every request: a choice already off is left
 * alone, so reloads add no records.
 */
export async function applyGlobalPrivacyControl(db: Kysely<Database>, customerId: string, moment: ConsentMoment): Promise<GpcOutcome[]> {
  let current = await listGpcChoices(db, customerId);
  // Most requests find nothing to do; only then take the write lock.
  if (current.some((choice) => decideGpcStatus(choice) === "apply")) {
    const policyVersion = policyVersionAt(moment);
    current = await db.transaction().execute(async (trx) => {
      await lockCustomerConsent(trx, customerId);
      // Decide again under the lock: another request may have applied the signal since the read.
      for (const choice of await listGpcChoices(trx, customerId)) {
        if (decideGpcStatus(choice) !== "apply") continue;
        await recordConsent(trx, { customerId, choiceKey: choice.key, newValue: false, method: "gpc", policyVersion, now: moment.now });
      }
      return listGpcChoices(trx, customerId);
    });
  }
  return current.map((choice) => ({ key: choice.key, status: decideGpcStatus(choice) as GpcOutcome["status"] }));
}

export interface GpcAnswer {
  customerId: string;
  choiceKey: ChoiceKey;
  /**
   * "consent": turn the choice back on despite the signal: the customer's new
   * choice, recorded as "gpc_consent" (§7025(c)(3)); "keep-off": leave it off,
   * recorded as a "gpc" record that keeps the value, so the question is not asked again.
   */
  answer: "consent" | "keep-off";
}

/**
 * Records the customer's answer to the conflict between the signal and an
 * opt-in they had made. Returns false, recording nothing, when there is no
 * conflict to answer any more, so a double submit makes one record.
 */
export async function answerGpcConflict(db: Kysely<Database>, request: GpcAnswer, moment: ConsentMoment): Promise<boolean> {
  const policyVersion = policyVersionAt(moment);
  return db.transaction().execute(async (trx) => {
    await lockCustomerConsent(trx, request.customerId);
    const current = (await listGpcChoices(trx, request.customerId)).find((choice) => choice.key === request.choiceKey);
    if (!current || decideGpcStatus(current) !== "conflict") return false;
    const base = { customerId: request.customerId, choiceKey: request.choiceKey, policyVersion };
    if (request.answer === "consent") return (await recordConsent(trx, { ...base, method: "gpc_consent", newValue: true, now: moment.now })) !== null;
    await appendConsentRecord(trx, { ...base, method: "gpc", oldValue: false, newValue: false, createdAt: moment.now.toISOString() });
    return true;
  });
}
