import "server-only";
import type { Kysely } from "kysely";
import { choices, type ChoiceKey } from "@/content/choices";
import { getPolicyHistory } from "@/features/policy/policy-service";
import { database } from "@/server/db/database";
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

/** What the rules need besides their input; tests pass their own database, version and clock. */
export interface PreferencesContext {
  db: Kysely<Database>;
  /** The policy version in force, which every consent record names. */
  policyVersion: string;
  now: Date;
}

async function resolveContext(overrides: Partial<PreferencesContext> = {}): Promise<PreferencesContext> {
  return {
    db: overrides.db ?? (await database()),
    policyVersion: overrides.policyVersion ?? getPolicyHistory().current.version.id,
    now: overrides.now ?? new Date(),
  };
}

export interface ChoicesOverview {
  choices: CurrentChoice[];
  history: ConsentRecord[];
}

export async function getChoicesOverview(customerId: string, overrides?: Partial<PreferencesContext>): Promise<ChoicesOverview> {
  const { db } = await resolveContext(overrides);
  const [current, history] = await Promise.all([listCurrentChoices(db, customerId), listConsentHistory(db, customerId)]);
  return { choices: current, history };
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
}

/** Sets one choice of one customer and records how; the customer comes from the session, never from the request. */
export async function changeChoice(request: ChangeChoiceRequest, overrides?: Partial<PreferencesContext>): Promise<ChangeChoiceResult> {
  const { db, policyVersion, now } = await resolveContext(overrides);
  const record = await db.transaction().execute((trx) =>
    recordConsent(trx, { customerId: request.customerId, choiceKey: request.choiceKey, newValue: request.value, method: request.method, policyVersion, now }),
  );
  return { choiceKey: request.choiceKey, value: request.value, changed: record !== null };
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
export async function applyGlobalPrivacyControl(customerId: string, overrides?: Partial<PreferencesContext>): Promise<GpcOutcome[]> {
  const { db, policyVersion, now } = await resolveContext(overrides);
  let current = await listGpcChoices(db, customerId);
  // Most requests find nothing to do; only then take the write lock.
  if (current.some((choice) => decideGpcStatus(choice) === "apply")) {
    current = await db.transaction().execute(async (trx) => {
      await lockCustomerConsent(trx, customerId);
      // Decide again under the lock: a dashboard opt-in may have landed since the read.
      for (const choice of await listGpcChoices(trx, customerId)) {
        if (decideGpcStatus(choice) !== "apply") continue;
        await recordConsent(trx, { customerId, choiceKey: choice.key, newValue: false, method: "gpc", policyVersion, now });
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
export async function answerGpcConflict(request: GpcAnswer, overrides?: Partial<PreferencesContext>): Promise<boolean> {
  const { db, policyVersion, now } = await resolveContext(overrides);
  return db.transaction().execute(async (trx) => {
    await lockCustomerConsent(trx, request.customerId);
    const current = (await listGpcChoices(trx, request.customerId)).find((choice) => choice.key === request.choiceKey);
    if (!current || decideGpcStatus(current) !== "conflict") return false;
    const base = { customerId: request.customerId, choiceKey: request.choiceKey, method: "gpc" as const, policyVersion };
    if (request.answer === "apply") return (await recordConsent(trx, { ...base, newValue: false, now })) !== null;
    await appendConsentRecord(trx, { ...base, oldValue: true, newValue: true, createdAt: now.toISOString() });
    return true;
  });
}
