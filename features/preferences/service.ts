import "server-only";
import type { Kysely } from "kysely";
import { choices, type ChoiceKey } from "@/content/choices";
import { getPolicyHistory } from "@/features/policy";
import type { ConsentMethod, Database } from "@/server/db/schema";
import { decideGpcStatus, type GpcStatus } from "./decide-gpc-status";
import {
  appendConsentRecord,
  type ConsentRecord,
  type CurrentChoice,
  listConsentHistory,
  listCurrentChoices,
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

export interface GpcOutcome {
  key: ChoiceKey;
  status: Exclude<GpcStatus, "apply">;
}

async function listGpcChoices(db: Kysely<Database>, customerId: string): Promise<CurrentChoice[]> {
  return (await listCurrentChoices(db, customerId)).filter((choice) => gpcKeys.has(choice.key));
}

/**
 * Honors a Global Privacy Control signal for a signed-in customer (CCPA regs
 * §7025): turns off each choice it covers unless the customer opted in on the
 * dashboard since, which is reported as a conflict to ask about. Safe to run on
 * every request: a choice already off is left alone, so reloads add no records.
 */
export async function applyGlobalPrivacyControl(db: Kysely<Database>, customerId: string, moment: ConsentMoment): Promise<GpcOutcome[]> {
  let current = await listGpcChoices(db, customerId);
  // Most requests find nothing to do; only then take the write lock.
  if (current.some((choice) => decideGpcStatus(choice) === "apply")) {
    const policyVersion = policyVersionAt(moment);
    current = await db.transaction().execute(async (trx) => {
      await lockCustomerConsent(trx, customerId);
      // Decide again under the lock: a dashboard opt-in may have landed since the read.
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
  /** "keep": the dashboard opt-in stands; "apply": the signal turns the choice off. */
  answer: "keep" | "apply";
}

/**
 * Records the customer's answer to a conflict between the signal and their
 * dashboard opt-in, as a "gpc" record (an answer to keep is a record whose
 * value does not change). Returns false, recording nothing, when there is no
 * conflict to answer any more, so a double submit makes one record.
 */
export async function answerGpcConflict(db: Kysely<Database>, request: GpcAnswer, moment: ConsentMoment): Promise<boolean> {
  const policyVersion = policyVersionAt(moment);
  return db.transaction().execute(async (trx) => {
    await lockCustomerConsent(trx, request.customerId);
    const current = (await listGpcChoices(trx, request.customerId)).find((choice) => choice.key === request.choiceKey);
    if (!current || decideGpcStatus(current) !== "conflict") return false;
    const base = { customerId: request.customerId, choiceKey: request.choiceKey, method: "gpc" as const, policyVersion };
    if (request.answer === "apply") return (await recordConsent(trx, { ...base, newValue: false, now: moment.now })) !== null;
    await appendConsentRecord(trx, { ...base, oldValue: true, newValue: true, createdAt: moment.now.toISOString() });
    return true;
  });
}
